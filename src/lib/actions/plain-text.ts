import { markdownToMdast } from 'satteri';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** An action's Markdown inline text as plain words (link text kept, marks dropped), for a plan, a CSV or a print. */
export function plainActionText(markdown: string): string {
  const words: string[] = [];
  const walk = (node: MdNode) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && node.value !== undefined) words.push(node.value);
    node.children?.forEach(walk);
  };
  walk(markdownToMdast(markdown, { features: { smartPunctuation: true }, position: false }) as MdNode);
  return words.join('').replace(/\s+/g, ' ').trim();
}
