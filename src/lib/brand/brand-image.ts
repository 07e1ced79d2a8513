import { htmlToHast, type HastNode } from 'satteri';

/**
 * A brand image is published on the same origin where people's answers are kept, and an SVG
 * opened on its own runs like a page: so its type is read from its bytes, not its name, and
 * an SVG that could run script or load from elsewhere is refused (not cleaned: the author
 * should see the logo they ship).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type ImageKind = 'png' | 'svg';

/** What the bytes are, whatever the file is called. */
export function sniffImage(bytes: Uint8Array): ImageKind | 'other' {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // An SVG starts with its root element, after an optional XML declaration, comments and doctype.
  const prologue = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/i;
  return prologue.test(text) ? 'svg' : 'other';
}

/** Elements that run script, embed another document, or animate an attribute into a link. */
const refusedSvgElements: Record<string, string> = {
  script: 'runs script',
  foreignobject: 'embeds HTML, which can run script',
  iframe: 'embeds another page',
  object: 'embeds another document',
  embed: 'embeds another document',
  a: 'makes the logo a link, which can run script',
  set: 'animates attributes, which can turn one into a script link',
  animate: 'animates attributes, which can turn one into a script link',
  handler: 'runs script',
  listener: 'runs script',
};

/** An address inside the SVG itself (`#gradient`), the only kind a logo may point at. */
const isInternal = (value: string) => value.trim().startsWith('#');

/** Why an SVG cannot be published, one reason per finding; empty when it is safe. */
export function unsafeSvgReasons(svgText: string): string[] {
  const reasons: string[] = [];
  // The HTML parser below does not expand XML entities or read stylesheet instructions; a browser would.
  if (/<!ENTITY/i.test(svgText)) reasons.push('declares XML entities, which can hide markup or blow up when read; remove the DOCTYPE');
  if (/<\?xml-stylesheet/i.test(svgText)) reasons.push('loads a stylesheet (<?xml-stylesheet?>); remove it and keep styles inside the SVG');
  const walk = (node: HastNode): void => {
    if (node.type === 'element') {
      const name = node.tagName.toLowerCase();
      if (name in refusedSvgElements) reasons.push(`contains <${node.tagName}>, which ${refusedSvgElements[name]}; remove it`);
      for (const [property, raw] of Object.entries(node.properties ?? {})) {
        const attribute = property.toLowerCase();
        const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
        if (attribute.startsWith('on')) reasons.push(`has an event handler (${attribute} on <${node.tagName}>), which runs script; remove it`);
        else if (/(^|:)href$|^xlinkhref$|^src$/.test(attribute) && !isInternal(value)) {
          reasons.push(`points outside itself (${attribute.replace('xlinkhref', 'xlink:href')}="${value}" on <${node.tagName}>); embed the image or keep only #references`);
        } else if (attribute === 'style' && externalCss(value)) reasons.push(`loads from outside itself in a style attribute ("${value}"); keep only url(#…)`);
      }
      if (name === 'style') {
        const css = (node.children ?? []).map((child) => ('value' in child ? String(child.value) : '')).join('');
        if (externalCss(css)) reasons.push('loads from outside itself in a <style> (@import or url(…)); keep only url(#…)');
      }
    }
    if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => walk(child as HastNode));
  };
  walk(htmlToHast(svgText.replace(/<\?xml[^>]*\?>/g, ''), { fragment: true, space: 'svg' }));
  return [...new Set(reasons)];
}

/** CSS that fetches: any @import, or a url() not pointing inside the document. */
function externalCss(css: string): boolean {
  if (/@import/i.test(css)) return true;
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].some((match) => !isInternal(match[2] ?? ''));
}
