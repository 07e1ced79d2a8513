/**
 * A chart label broken into lines of at most `width` characters at spaces (a longer word
 * keeps a line to itself), so a narrow chart shows the whole label instead of cutting it off.
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
