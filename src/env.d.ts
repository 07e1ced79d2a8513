declare module 'virtual:touchline/site' {
  const site: import('./lib/brand/site-config.ts').SiteConfig;
  export default site;
}
