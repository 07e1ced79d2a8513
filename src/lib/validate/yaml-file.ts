import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at a field path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML keeping positions, so a schema problem can name its line.
 * `lineOffset` is added to every line (front matter starts below the opening `---`).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line + lineOffset,
        field: '',
        message: `YAML syntax error: ${error.message.split('\n')[0]}. Check indentation, colons and quotes on this line.`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      if (depth === 0 && doc.contents?.range) return lineCounter.linePos(doc.contents.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { parsed: { data: doc.toJS(), lineOf }, problems: [] };
}

/** Splits an MDX file into its front matter (YAML) and body. */
export function parseFrontMatter(text: string, file: string): { parsed?: ParsedYaml; problems: Problem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, field: '', message: 'no front matter: start the file with a line "---", the fields (title, description, sources, order), then "---"' }] };
  }
  return parseYaml(match[1] ?? '', file, 1);
}
