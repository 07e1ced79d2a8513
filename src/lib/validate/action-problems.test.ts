import { describe, expect, it } from 'vitest';
import { actionProblems, hasActionsPlaceholder } from './action-problems.ts';
import { formatProblem } from './problem.ts';

const guides = [
  { path: 'src/content/playbook/pace/processes.md', id: 'pace/processes', text: '## Try this\n\n[[actions]]\n' },
  { path: 'src/content/playbook/pace/overview.md', id: 'pace/overview', text: '## Try this\n\n[[actions]]\n' },
  { path: 'src/content/playbook/pace/attitudes.md', id: 'pace/attitudes', text: 'No list here.\n' },
];
const areas = new Set(['pace/processes', 'pace/attitudes', 'spectrum/feelings']);
const action = (id: string, extra = '') => `    - id: ${id}\n      text: Map one journey on a single page this month.\n      areas: [pace/processes]\n      effort: days\n      priority: 1\n${extra}`;
const good = `- guide: pace/processes\n  actions:\n${action('map-journey')}- guide: pace/overview\n  numbered: true\n  actions:\n${action('take-pace')}`;

function problems(actionsText: string, translations: { id: string; text: string }[] = [], guideList = guides): string[] {
  return actionProblems({
    actions: [{ path: 'src/content/actions/pace.yaml', id: 'pace', text: actionsText }],
    translations: translations.map((file) => ({ ...file, path: `src/content/translations/${file.id}.yaml` })),
    guides: guideList,
    areas,
  }).map(formatProblem);
}

describe('actionProblems', () => {
  it('accepts lists whose guides show them, areas exist and ids are unique', () => {
    expect(problems(good)).toEqual([]);
  });

  it('names an unknown area, with the file, line, field and the nearest areas', () => {
    expect(problems(good.replace('areas: [pace/processes]', 'areas: [pace/proceses]'))).toEqual([
      'src/content/actions/pace.yaml:5: 0.actions.0.areas.0: unknown area "pace/proceses"; did you mean "pace/attitudes" or "pace/processes"? An area is <assessment id>/<dimension id> of an assessment',
    ]);
  });

  it('names an unknown guide and a duplicate id', () => {
    expect(problems(good.replace('guide: pace/overview', 'guide: pace/overveiw').replace('id: take-pace', 'id: map-journey'))).toEqual([
      'src/content/actions/pace.yaml:8: 1.guide: unknown guide "pace/overveiw"; did you mean "pace/attitudes" or "pace/overview" or "pace/processes"? Name the playbook page the actions come from',
      'src/content/actions/pace.yaml:11: 1.actions.0.id: duplicate action id "map-journey" (also src/content/actions/pace.yaml); plans refer to actions by id, so give each its own',
      'src/content/playbook/pace/overview.md: has a [[actions]] line but no actions are listed for "pace/overview"; add them to src/content/actions/pace.yaml or remove the line',
    ]);
  });

  it('names a missing field and a wrong effort through the schema', () => {
    expect(problems(good.replace('      effort: days\n', '').replace('priority: 1', 'priority: 5'))).toEqual([
      'src/content/actions/pace.yaml:3: 0.actions.0.effort: give effort as "hours" (within a day), "days" (a week or two) or "weeks" (a small project)',
      'src/content/actions/pace.yaml:6: 0.actions.0.priority: give priority 1 (do first), 2 (do next) or 3 (later)',
    ]);
  });

  it('lets a brand page that replaces a guide leave the list out', () => {
    expect(problems(good, [], guides.map((guide) => (guide.id === 'pace/processes' ? { ...guide, path: '/tmp/clients/acme/playbook/pace/processes.md', text: 'Our own words.\n' } : guide)))).toEqual([]);
  });

  it('asks for the [[actions]] line in a guide whose actions are listed', () => {
    expect(problems(good, [], guides.map((guide) => (guide.id === 'pace/processes' ? { ...guide, text: 'Nothing.\n' } : guide)))).toEqual([
      'src/content/playbook/pace/processes.md: its actions are listed in src/content/actions/pace.yaml but the guide has no [[actions]] line; put the line where the "Try this" list belongs',
    ]);
  });

  it('refuses a translation that misses an action, adds one, or names a guide without actions', () => {
    const translation = 'pace/processes:\n  other-id: Eine Reise auf einer Seite abbilden.\npace/attitudes:\n  map-journey: Haltung zeigen, jeden Tag.\n';
    expect(problems(good, [{ id: 'de/actions/pace', text: translation }])).toEqual([
      'src/content/translations/de/actions/pace.yaml:1: pace/processes: missing action "map-journey" of src/content/actions/pace.yaml; translate it, or remove the guide to show its actions in English',
      'src/content/translations/de/actions/pace.yaml:2: pace/processes.other-id: "other-id" is not an action of "pace/processes" in src/content/actions/pace.yaml; use the English action\'s id',
      'src/content/translations/de/actions/pace.yaml:3: pace/attitudes: no English actions for "pace/attitudes" to translate; use a guide id listed in src/content/actions/',
    ]);
  });

  it('finds the placeholder only on a line of its own', () => {
    expect(hasActionsPlaceholder('text\n[[actions]]\n')).toBe(true);
    expect(hasActionsPlaceholder('see [[actions]] inline')).toBe(false);
  });
});
