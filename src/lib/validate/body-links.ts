import type { Problem } from './problem.ts';

/** The site's own routes that a guide may link to, besides playbook pages and assessments. */
const FIXED_ROUTES = new Set(['/', '/playbook/', '/assess/', '/results/', '/privacy/', '/team/']);

export interface KnownTargets {
  pageIds: ReadonlySet<string>;
  partIds: ReadonlySet<string>;
  assessmentIds: ReadonlySet<string>;
}

function routeExists(path: string, known: KnownTargets): boolean {
  const clean = path.split('#')[0]!.split('?')[0]!;
  if (FIXED_ROUTES.has(clean)) return true;
  const playbook = /^\/playbook\/([^/]+)\/(?:([^/]+)\/)?$/.exec(clean);
  if (playbook) return playbook[2] ? known.pageIds.has(`${playbook[1]}/${playbook[2]}`) : known.partIds.has(playbook[1]!);
  const assess = /^\/assess\/([^/]+)\/$/.exec(clean);
  return assess ? known.assessmentIds.has(assess[1]!) : false;
}

/**
 * Checks the links in a guide's body: every site-absolute link must reach a page that
 * exists, and must be a Markdown link, because only those gain the base path when the
 * site is deployed under a sub-path.
 */
export function bodyLinkProblems(file: string, text: string, known: KnownTargets): Problem[] {
  const problems: Problem[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const links = [...text.matchAll(/\]\((\/[^)\s]*)\)/g), ...text.matchAll(/<Link\s[^>]*href="(\/[^"]*)"/g)];
  for (const match of links) {
    if (!routeExists(match[1]!, known)) {
      problems.push({ file, line: lineAt(match.index), field: 'body', message: `link to "${match[1]}" goes nowhere; link a page as /playbook/<part>/<page>/ or an assessment as /assess/<id>/` });
    }
  }
  for (const match of text.matchAll(/<a\s[^>]*href="(\/[^"]*)"/g)) {
    problems.push({
      file,
      line: lineAt(match.index),
      field: 'body',
      message: `HTML link to "${match[1]}" will break under a sub-path deployment; write <Link href="${match[1]}">…</Link> or a Markdown link [text](${match[1]})`,
    });
  }
  return problems;
}
