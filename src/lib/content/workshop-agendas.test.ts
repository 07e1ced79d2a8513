import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The workshop agendas promise timings a facilitator will run to: each block must start when
// the one before ends, and the blocks must add up to the length the agenda states.
const page = readFileSync(join(import.meta.dirname, '../../content/playbook/practice/workshops.md'), 'utf8');
const sections = page.split(/^## /m).slice(1).filter((section) => section.includes('**Length:**'));

function statedMinutes(section: string): number {
  const length = /\*\*Length:\*\* ([^.]*?)(?:,|\.)/.exec(section)?.[1] ?? '';
  const hours = Number(/(\d+) hours?/.exec(length)?.[1] ?? 0);
  const minutes = Number(/(\d+) minutes/.exec(length)?.[1] ?? 0);
  return hours * 60 + minutes;
}

describe('the workshop agendas', () => {
  it('are four', () => {
    expect(sections.map((section) => section.split('\n')[0])).toEqual([
      'Leadership session: purpose and promise',
      'Front-line listening session',
      'Journey-mapping session',
      'PACE review',
    ]);
  });

  it.each(sections.map((section) => [section.split('\n')[0], section]))('%s runs block after block to its stated length', (_title, section) => {
    const blocks = [...section.matchAll(/^\| (\d+):(\d\d)<br>(\d+) min \|/gm)].map((m) => ({ start: Number(m[1]) * 60 + Number(m[2]), minutes: Number(m[3]) }));
    expect(blocks.length).toBeGreaterThan(4);
    blocks.forEach((block, i) => expect(block.start, `block ${i + 1}`).toBe(i === 0 ? 0 : blocks[i - 1]!.start + blocks[i - 1]!.minutes));
    const last = blocks.at(-1)!;
    expect(last.start + last.minutes).toBe(statedMinutes(section));
  });
});
