import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { AssessmentResult } from '../../lib/scoring/types.ts';
import { h } from '../view/dom.ts';

export interface SynthesisSlots {
  /** Where the deep dives go, after the next steps; null for an assessment that names none. */
  deepDives: HTMLElement | null;
  /** The credit naming each theme's sources, in place of the single-source credit; null when the themes name none. */
  credit: HTMLElement | null;
}

/**
 * Places for the parts only an assessment built from several sources has (the core check),
 * filled by deep-dive-view.ts once it loads: that module is fetched only for such an
 * assessment and only once a result shows, so it adds nothing to any page's JS before the result.
 */
export function synthesisSlots(result: AssessmentResult, payload: AssessmentPayload, t: Translate): SynthesisSlots {
  if (!payload.deepDives && !payload.themeSources) return { deepDives: null, credit: null };
  const deepDives = h('div', { class: 'result-deep-dive-slot' });
  const credit = h('div', { class: 'result-credit-slot' });
  void import('./deep-dive-view.ts').then(
    (view) => {
      deepDives.replaceWith(...[view.deepDiveSection(result, payload, t)].filter((part) => part !== null));
      credit.replaceWith(...[view.themeSourceCredit(payload, t)].filter((part) => part !== null));
    },
    // Nothing else of the result depends on these parts; without them it still reads whole.
    () => undefined,
  );
  return { deepDives, credit: payload.themeSources ? credit : null };
}
