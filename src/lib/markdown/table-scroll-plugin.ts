import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * Wraps every table of a guide, Markdown or MDX, in a focusable, labelled region that
 * scrolls sideways on its own: on a phone a wide table scrolls instead of widening the
 * page, and a keyboard user can reach it with Tab and scroll it with the arrow keys.
 * Raw HTML tables in Markdown reach it as elements because the processor parses raw HTML
 * (`features.rawHtml`); in MDX a `<table>` is a JSX element.
 */
export function tableScrollPlugin(): HastPluginDefinition {
  return {
    name: 'touchline:table-scroll',
    // Visitors run in document order, so the heading a table sits under has been seen first.
    element: [
      {
        filter: ['h2', 'h3', 'h4', 'table'],
        visit(node, ctx) {
          if (node.tagName === 'table') wrap(node, ctx);
          else state(ctx).heading = collapse(ctx.textContent(node));
        },
      },
    ],
    mdxJsxFlowElement: [{ filter: ['table'], visit: (node, ctx) => wrap(node, ctx) }],
  };
}

interface DocumentState {
  heading?: string;
  /** The caption or heading each earlier table was named from. */
  used: string[];
}

function state(ctx: HastVisitorContext): DocumentState {
  return ((ctx.data as { tableScroll?: DocumentState }).tableScroll ??= { used: [] });
}

type TableNode = Parameters<HastVisitorContext['textContent']>[0];

function wrap(table: TableNode, ctx: HastVisitorContext): void {
  const document = state(ctx);
  const caption = captionOf(table);
  const name = caption && collapse(ctx.textContent(caption));
  const label = scrollRegionLabel({ caption: name, heading: document.heading }, document.used);
  document.used.push(name || document.heading || '');
  ctx.wrapNode(table, {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
    children: [],
  });
}

function captionOf(table: TableNode): TableNode | undefined {
  if (!('children' in table)) return undefined;
  return (table.children as TableNode[]).find(
    (child) => (child.type === 'element' && child.tagName === 'caption') || (child.type === 'mdxJsxFlowElement' && child.name === 'caption'),
  );
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The name a table's scroll region is announced by: its caption, else the heading it sits
 * under, else "Table". Landmarks on one page need distinct names, so a name that earlier
 * tables of the page were given too gains its count ("Survey figures (2)").
 */
export function scrollRegionLabel(source: { caption?: string | undefined; heading?: string | undefined }, earlier: readonly string[]): string {
  const from = source.caption || source.heading || '';
  const name = from || 'Table';
  const count = earlier.filter((other) => other === from).length;
  return count === 0 ? name : `${name} (${count + 1})`;
}
