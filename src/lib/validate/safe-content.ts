import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode } from 'satteri';
import type { Problem } from './problem.ts';

/**
 * A page's body may not run script, frame or fetch anything from another origin: a brand's
 * guide is published on the same origin where people's answers are kept. This is a refusal,
 * not a clean-up: a guide with anything outside the lists below fails the build, with its
 * line and what to write instead, so what the author sees in the file is what is published.
 * The Markdown, MDX and HTML are read by the same parsers that render them (satteri's), so
 * entity-encoded or oddly-cased tricks are seen as the browser would see them.
 */

/** HTML elements a guide may use: text, lists, tables, figures and quotations. */
const allowedElements = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Attributes any allowed element may carry; `aria-*` and `data-*` are allowed too. */
const globalAttributes = new Set(['id', 'class', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden']);

const elementAttributes: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel', 'target', 'download'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

/** The components a guide's page hands to MDX (src/pages/playbook/[...id].astro); nothing is imported. */
export const guideComponents = ['Link', 'KeyQuestionsWorksheet', 'NpsCalculator', 'SourcesList', 'Template'] as const;

/** Attributes whose value is an address the reader follows: it may go anywhere that is not script. */
const linkAttributes = new Set(['href', 'cite']);
/** Attributes whose value the browser loads as the page opens: it must stay on the site. */
const resourceAttributes = new Set(['src']);

/** How an address reads to the browser: no whitespace or control characters, lower case. */
function normalisedUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

const schemeOf = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/.exec(normalisedUrl(url))?.[1];

/** Why a link address is refused, or undefined when it is fine. */
export function unsafeLinkReason(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme)) return undefined;
  return `"${scheme}:" addresses can run script or hide content; link to an http(s), mailto: or tel: address, or a page of the site such as /playbook/start/start-here/`;
}

/** Why an address the page loads by itself is refused, or undefined when it stays on the site. */
export function unsafeResourceReason(url: string): string | undefined {
  const normal = normalisedUrl(url);
  if (schemeOf(url) !== undefined || normal.startsWith('//') || normal.startsWith('\\')) {
    return `loads "${url}" from outside the site, which tells another host who reads the page (and the site's policy blocks it); put the file in the site's public/ folder and use its path, e.g. /images/chart.png`;
  }
  return undefined;
}

interface Finding {
  line: number | undefined;
  message: string;
}

function attributeProblem(element: string, name: string, value: string | undefined): string | undefined {
  const attribute = name.toLowerCase();
  if (attribute.startsWith('on')) return `<${element} ${name}> is an event handler, which runs script; remove it (interactive parts are components)`;
  if (attribute === 'style') return `<${element} style> is refused (the site's policy blocks inline styles); use a class from the site's styles`;
  const allowed = globalAttributes.has(attribute) || attribute.startsWith('aria-') || attribute.startsWith('data-') || elementAttributes[element]?.includes(attribute);
  if (!allowed) return `<${element} ${name}> is not an attribute guides may use; remove it`;
  if (value === undefined) return undefined;
  if (linkAttributes.has(attribute)) return unsafeLinkReason(value) && `<${element} ${name}>: ${unsafeLinkReason(value)}`;
  if (resourceAttributes.has(attribute)) return unsafeResourceReason(value) && `<${element} ${name}> ${unsafeResourceReason(value)}`;
  return undefined;
}

function elementProblem(element: string): string | undefined {
  if (allowedElements.has(element)) return undefined;
  const why: Record<string, string> = {
    script: 'runs script',
    iframe: 'shows another site inside the page',
    frame: 'shows another site inside the page',
    object: 'runs a plug-in',
    embed: 'runs a plug-in',
    form: 'sends what people type elsewhere',
    style: 'restyles the whole site (and the site’s policy blocks it)',
    link: 'loads a file from elsewhere',
    meta: 'changes how the page behaves',
    base: 'redirects every link on the page',
  };
  return `<${element}> ${why[element] ?? 'is not an element guides may use'}; remove it${element === 'svg' ? ' (show a diagram as an image file from public/, or as HTML)' : ''}`;
}

/** Findings inside one raw HTML block, all on the block's first line (the parser keeps no positions). */
function htmlFindings(html: string, line: number | undefined): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: HastNode): void => {
    if (node.type === 'element') {
      const element = node.tagName.toLowerCase();
      const problem = elementProblem(element);
      if (problem) findings.push({ line, message: problem });
      // A refused element's attributes would only repeat the refusal.
      for (const [name, value] of problem ? [] : Object.entries(node.properties ?? {})) {
        const text = Array.isArray(value) ? value.join(' ') : value === true || value === null || value === undefined ? undefined : String(value);
        const message = attributeProblem(element, hastAttributeName(name), text);
        if (message) findings.push({ line, message });
      }
    }
    if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => walk(child as HastNode));
  };
  walk(htmlToHast(html, { fragment: true }));
  return findings;
}

/** hast names attributes as DOM properties (`className`, `ariaLabel`, `onError`); back to HTML's names. */
function hastAttributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'tabIndex') return 'tabindex';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function mdxElementFindings(node: Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, line: number | undefined): Finding[] {
  const name = node.name ?? '';
  if (/^[A-Z]/.test(name)) {
    if ((guideComponents as readonly string[]).includes(name)) return attributeFindings(node, 'a', line);
    return [{ line, message: `<${name}> is not a component guides can use; use one of ${guideComponents.map((c) => `<${c}>`).join(', ')}` }];
  }
  if (name === '') return [];
  const problem = elementProblem(name.toLowerCase());
  return problem ? [{ line, message: problem }] : attributeFindings(node, name.toLowerCase(), line);
}

function attributeFindings(node: Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, element: string, line: number | undefined): Finding[] {
  return node.attributes.flatMap((attribute): Finding[] => {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      return [{ line, message: `<${node.name}> has an attribute written as code ({…}), which runs when the site is built; write the value in quotes` }];
    }
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    const message = attributeProblem(element, attribute.name, value);
    return message ? [{ line, message }] : [];
  });
}

function nodeFindings(node: MdastNode, definitions: ReadonlyMap<string, string>): Finding[] {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'html':
      return htmlFindings(node.value, line);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return mdxElementFindings(node, line);
    case 'mdxjsEsm':
      return [{ line, message: 'import and export run code on the machine that builds the site; remove the line: the page already provides <Link> and the other components' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ line, message: '{…} is code that runs when the site is built; write the text itself (a literal brace can be escaped as \\{)' }];
    case 'link':
    case 'definition': {
      const reason = unsafeLinkReason(node.url);
      return reason ? [{ line, message: `link "${node.url}": ${reason}` }] : [];
    }
    case 'image':
    case 'imageReference': {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase());
      const reason = url === undefined ? undefined : unsafeResourceReason(url);
      return reason ? [{ line, message: `image ${reason}` }] : [];
    }
    default:
      return [];
  }
}

/**
 * Everything in a guide's body (Markdown or MDX) that could run script, frame another site or
 * load from another origin, one problem per finding with its line. Front matter is text and
 * is rendered escaped, so it is not looked at here.
 */
export function unsafeContentProblems(file: string, text: string): Problem[] {
  let tree: MdastNode;
  try {
    tree = file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text);
  } catch (error) {
    // MDX refuses what it cannot read (an unclosed tag, a stray brace) before any check could.
    const message = String((error as Error).message ?? error);
    const line = /^(\d+):\d+/.exec(message)?.[1];
    return [{ file, ...(line ? { line: Number(line) } : {}), field: 'body', message: `MDX cannot read this: ${message.replace(/^\d+:\d+:\s*/, '')}; close every tag (<br />) and escape a literal brace as \\{` }];
  }
  const nodes: MdastNode[] = [];
  const collect = (node: MdastNode): void => {
    nodes.push(node);
    if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => collect(child as MdastNode));
  };
  collect(tree);
  // `![chart][c]` loads the address given by `[c]: …` elsewhere in the file.
  const definitions = new Map(nodes.flatMap((node) => (node.type === 'definition' ? [[node.identifier.toLowerCase(), node.url] as const] : [])));
  const findings = nodes.flatMap((node) => nodeFindings(node, definitions));
  return findings.map(({ line, message }) => ({ file, ...(line === undefined ? {} : { line }), field: 'body', message }));
}
