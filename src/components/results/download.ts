import { h } from '../view/dom.ts';

/**
 * Saves text as a file through the browser's download, made from a blob in the page: the
 * content never travels over the network.
 */
export function downloadText(fileName: string, text: string, type: 'application/json' | 'text/csv' | 'text/calendar'): void {
  // A byte-order mark lets spreadsheet programs read the CSV as UTF-8; the importer drops it.
  const content = type === 'text/csv' ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copies text to the clipboard. Where the clipboard is refused (a page over plain http, a
 * denied permission) it selects `field` instead, for the person to copy themselves.
 * Resolves to whether the text was copied.
 */
export async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
