declare module 'virtual:touchline/site' {
  const site: import('./lib/brand/site-config.ts').SiteConfig;
  export default site;
}

declare module 'virtual:touchline/strings' {
  const dictionaries: Partial<Record<import('./lib/i18n/locales.ts').LocaleCode, import('./lib/i18n/dictionary.ts').Dictionary>>;
  export default dictionaries;
}
