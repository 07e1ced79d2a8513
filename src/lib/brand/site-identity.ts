/** What the site calls itself. A brand build replaces these values (see brands/). */
export interface SiteIdentity {
  name: string;
  shortName: string;
  tagline: string;
}

export const neutralIdentity: SiteIdentity = {
  name: 'Touchline',
  shortName: 'Touchline',
  tagline: 'A customer-experience playbook and self-assessments that keep your answers on your device.',
};
