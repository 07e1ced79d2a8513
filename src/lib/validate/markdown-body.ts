import type { Problem } from './problem.ts';

/**
 * Mistakes that MDX would have handled but a plain Markdown (`.md`) guide renders wrongly,
 * silently: a component tag becomes an unknown HTML element, and Markdown written inside
 * an HTML block (a `<dd>`, a `<td>`) is printed as it stands, brackets and asterisks too.
 */
export function markdownBodyProblems(file: string, text: string): Problem[] {
  if (!file.endsWith('.md')) return [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  let inHtmlBlock = false;
  lines.forEach((line, index) => {
    const at = { file, line: index + 1, field: 'body' };
    const component = /<([A-Z][A-Za-z]*)[\s/>]/.exec(line);
    if (component) {
      problems.push({ ...at, message: `<${component[1]}> is a component, which only MDX renders; rename the file to .mdx` });
    }
    if (line.trim() === '') inHtmlBlock = false;
    else if (/^\s*<[a-z]/.test(line)) inHtmlBlock = true;
    if (inHtmlBlock && /\]\([^)]*\)|\*\*[^*]+\*\*/.test(line.replace(/<[^>]*>/g, ''))) {
      problems.push({ ...at, message: 'Markdown inside an HTML block is printed as it stands in a .md file; write HTML there (<strong>, <em>), or rename the file to .mdx, where it renders and a link can be <Link href>' });
    }
  });
  return problems;
}
