/**
 * Pagefind runs the text of neighbouring elements together unless it knows them as blocks,
 * and it does not know table headers, captions or definition lists: `<dt>Detractor</dt><dd>In
 * NPS…` is indexed as "DetractorIn", which then shows in snippets and cannot be found as
 * "detractor in". A space after each such element's end tag, in the copy of the page that is
 * indexed (the served page is not changed), keeps the words apart.
 */
const RUN_TOGETHER = ['th', 'td', 'tr', 'caption', 'dt', 'dd', 'figcaption', 'summary', 'legend', 'li', 'blockquote'];
const END_TAG = new RegExp(`(</(?:${RUN_TOGETHER.join('|')})\\s*>)(?!\\s)`, 'gi');

export function spaceBetweenBlocks(html: string): string {
  return html.replace(END_TAG, '$1 ');
}
