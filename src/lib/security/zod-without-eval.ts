// `astro/zod`, as the browser bundles get it (astro.config.mjs aliases it here). Zod compiles
// object parsers with `new Function` when it may, and probes for that as each schema is made;
// the site's policy forbids eval, so the probe would be reported as a violation on every page
// that reads saved results. Interpreted parsing is as correct, and fast enough for this data.
import * as zod from 'zod/v4';

zod.config({ jitless: true });

export * from 'zod/v4';
export { zod as z };
export default zod;
