import { actionsFileSchema, actionTranslationsFileSchema } from '../schema/action.ts';
import type { Problem } from './problem.ts';
import { parseYaml, type ParsedYaml } from './yaml-file.ts';
import { describeIssue } from './zod-issues.ts';

/** A file as validateContent reads it: path for messages, id from its place in its folder. */
interface File {
  path: string;
  id: string;
  text: string;
}

export interface ActionFiles {
  /** `src/content/actions/<part>.yaml`, id `<part>`. */
  actions: File[];
  /** `src/content/translations/<locale>/actions/<part>.yaml`, id `<locale>/actions/<part>`. */
  translations: File[];
  /** Guides in English (id `<part>/<page>`), to check the `{{actions}}` line against the lists. */
  guides: File[];
  /** The areas results score: `<assessment id>/<dimension id>`. */
  areas: Set<string>;
}

/** The line in a guide's body where its "Try this" list is rendered from the actions data. */
export const ACTIONS_PLACEHOLDER = '[[actions]]';

export const hasActionsPlaceholder = (text: string): boolean => new RegExp(`^${ACTIONS_PLACEHOLDER.replace(/[[\]]/g, '\\$&')}\\s*$`, 'm').test(text);

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function schemaProblems(file: File, parsed: ParsedYaml, schema: typeof actionsFileSchema | typeof actionTranslationsFileSchema): Problem[] {
  const result = schema.safeParse(parsed.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ file: file.path, line: parsed.lineOf(issue.path), field: issue.path.join('.'), message: describeIssue(issue, parsed.data) }));
}

function nearest(value: string, known: Iterable<string>): string {
  const candidates = [...known].sort();
  const [, tail = value] = value.split('/');
  const near = candidates.filter((candidate) => candidate.endsWith(`/${tail}`) || candidate.startsWith(`${value.split('/')[0]}/`));
  return near.length > 0 ? `did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(' or ')}?` : `known: ${candidates.slice(0, 6).join(', ')}${candidates.length > 6 ? ', …' : ''}`;
}

/**
 * The actions and their translations: each action names areas results score and a guide
 * that exists and shows the list; ids are unique across files, because plans refer to them;
 * a translation gives every action of a guide it translates, and only those.
 */
export function actionProblems(files: ActionFiles): Problem[] {
  const problems: Problem[] = [];
  const guideIds = new Set(files.guides.map((guide) => guide.id));
  const actionIds = new Map<string, string>();
  const listed = new Map<string, { path: string; ids: string[] }>();

  for (const file of files.actions) {
    const { parsed, problems: syntax } = parseYaml(file.text, file.path);
    problems.push(...syntax);
    if (!parsed) continue;
    problems.push(...schemaProblems(file, parsed, actionsFileSchema));
    list(parsed.data).forEach((entry, g) => {
      const guide = record(entry).guide;
      if (typeof guide === 'string') {
        const at = (field: string) => ({ file: file.path, line: parsed.lineOf([g, field]), field: `${g}.${field}` });
        if (!guideIds.has(guide)) problems.push({ ...at('guide'), message: `unknown guide "${guide}"; ${nearest(guide, guideIds)} Name the playbook page the actions come from` });
        else if (listed.has(guide)) problems.push({ ...at('guide'), message: `the actions of "${guide}" are listed twice (also ${listed.get(guide)?.path}); keep one list per guide` });
        else if (!guide.startsWith(`${file.id}/`)) problems.push({ ...at('guide'), message: `"${guide}" is not a guide of the part "${file.id}"; move its list to src/content/actions/${guide.split('/')[0]}.yaml` });
      }
      const ids: string[] = [];
      list(record(entry).actions).forEach((action, a) => {
        const { id, areas } = record(action);
        const path = [g, 'actions', a];
        if (typeof id === 'string') {
          ids.push(id);
          const other = actionIds.get(id);
          if (other) problems.push({ file: file.path, line: parsed.lineOf([...path, 'id']), field: [...path, 'id'].join('.'), message: `duplicate action id "${id}" (also ${other}); plans refer to actions by id, so give each its own` });
          else actionIds.set(id, file.path);
        }
        list(areas).forEach((area, i) => {
          if (typeof area === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(area) && !files.areas.has(area)) {
            problems.push({ file: file.path, line: parsed.lineOf([...path, 'areas', i]), field: [...path, 'areas', i].join('.'), message: `unknown area "${area}"; ${nearest(area, files.areas)} An area is <assessment id>/<dimension id> of an assessment` });
          }
        });
      });
      if (typeof guide === 'string' && !listed.has(guide)) listed.set(guide, { path: file.path, ids });
    });
  }

  for (const guide of files.guides) {
    const shows = hasActionsPlaceholder(guide.text);
    if (shows && !listed.has(guide.id)) problems.push({ file: guide.path, field: '', message: `has a ${ACTIONS_PLACEHOLDER} line but no actions are listed for "${guide.id}"; add them to src/content/actions/${guide.id.split('/')[0]}.yaml or remove the line` });
    // A brand's page that replaces a built-in guide is the brand's own text: it may leave the list out.
    const builtIn = guide.path.startsWith('src/content/');
    if (!shows && builtIn && listed.has(guide.id)) problems.push({ file: guide.path, field: '', message: `its actions are listed in ${listed.get(guide.id)?.path} but the guide has no ${ACTIONS_PLACEHOLDER} line; put the line where the "Try this" list belongs` });
  }

  for (const file of files.translations) {
    const { parsed, problems: syntax } = parseYaml(file.text, file.path);
    problems.push(...syntax);
    if (!parsed) continue;
    problems.push(...schemaProblems(file, parsed, actionTranslationsFileSchema));
    for (const [guide, texts] of Object.entries(record(parsed.data))) {
      const english = listed.get(guide);
      if (!english) {
        problems.push({ file: file.path, line: parsed.keyLineOf([guide]), field: guide, message: `no English actions for "${guide}" to translate; use a guide id listed in src/content/actions/` });
        continue;
      }
      const given = Object.keys(record(texts));
      const missing = english.ids.filter((id) => !given.includes(id));
      if (missing.length > 0) problems.push({ file: file.path, line: parsed.keyLineOf([guide]), field: guide, message: `missing action${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')} of ${english.path}; translate ${missing.length > 1 ? 'them' : 'it'}, or remove the guide to show its actions in English` });
      for (const id of given.filter((id) => !english.ids.includes(id))) {
        problems.push({ file: file.path, line: parsed.keyLineOf([guide, id]), field: `${guide}.${id}`, message: `"${id}" is not an action of "${guide}" in ${english.path}; use the English action's id` });
      }
    }
  }
  return problems;
}
