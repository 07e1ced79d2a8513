// Build-time only: satteri (the Markdown parser guides use) stays out of the browser.
import { markdownToMdast } from 'satteri';

/** An action's Markdown text (links, emphasis) as the plain words a form or a spreadsheet shows. */
export function actionPlainText(markdown: string): string {
  const words: string[] = [];
  const visit = (node: { type?: string; value?: unknown; children?: unknown[] }) => {
    if (typeof node.value === 'string' && node.type !== 'html') words.push(node.value);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(markdownToMdast(markdown, { features: { smartPunctuation: true }, position: false }) as never);
  return words.join('').replace(/\s+/g, ' ').trim();
}
