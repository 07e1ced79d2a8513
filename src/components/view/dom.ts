type Child = Node | string | number | null | undefined | false;

/** Builds an element: h('p', { class: 'x' }, 'text', h('strong', {}, 'bold')). Text is always set as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    // The site's policy blocks style attributes (style-src has no 'unsafe-inline'); styles set through the CSSOM are allowed.
    if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A wide table in a region of its own that scrolls sideways on a narrow screen and is reachable by keyboard. */
export function scrollTable(label: string, table: HTMLTableElement): HTMLElement {
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': label }, table);
}

/**
 * Draws a chart whose module loads only now (chart.js stays out of the page until a result is
 * shown). If loading or drawing fails, `fallback` says so in place of `target`; every chart
 * sits beside a table with the same figures, so nothing is lost.
 */
export async function drawLazily(draw: () => Promise<void>, target: HTMLElement, fallback: string): Promise<void> {
  try {
    await draw();
  } catch {
    target.replaceWith(h('p', { class: 'muted' }, fallback));
  }
}
