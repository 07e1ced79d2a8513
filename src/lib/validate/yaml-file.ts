import { isMap, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from './problem.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at a field path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** 1-based line of the key that ends a field path (where a reader looks for it), else as lineOf. */
  keyLineOf(path: readonly PropertyKey[]): number | undefined;
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
  const keyLineOf = (path: readonly PropertyKey[]): number | undefined => {
    const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
    const pair = isMap(parent) ? parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path.at(-1)) : undefined;
    const range = isNode(pair?.key) ? pair.key.range : undefined;
    return range ? lineCounter.linePos(range[0]).line + lineOffset : lineOf(path);
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library's own cap: aliases that expand past it are an "alias bomb".
    const line = firstAliasLine(doc, lineCounter);
    const message = /alias count/i.test(String(error))
      ? `YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, which could exhaust memory; write the values out instead of repeating aliases`
      : `YAML could not be read: ${String((error as Error).message ?? error)}; check the anchors (&name) and aliases (*name)`;
    return { problems: [{ file, ...(line === undefined ? {} : { line: line + lineOffset }), field: '', message }] };
  }
  return { parsed: { data, lineOf, keyLineOf }, problems: [] };
}

/** How far aliases may expand: the yaml library's own default limit, named so messages can quote it. */
export const MAX_ALIAS_COUNT = 100;

function firstAliasLine(doc: Document, lineCounter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** Splits an MDX file into its front matter (YAML) and body. */
export function parseFrontMatter(text: string, file: string): { parsed?: ParsedYaml; problems: Problem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, field: '', message: 'no front matter: start the file with a line "---", the fields (title, description, sources, order), then "---"' }] };
  }
  return parseYaml(match[1] ?? '', file, 1);
}
