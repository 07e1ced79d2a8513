import { describe, expect, it } from 'vitest';
import { actionPlainText } from './action-text.ts';

describe('actionPlainText', () => {
  it.each([
    ['Read [the PACE guide](/playbook/pace/overview/) first.', 'Read the PACE guide first.'],
    ['Do **one** thing *now*.', 'Do one thing now.'],
    ['Ask "why" twice.', 'Ask “why” twice.'],
    ['Plain words.', 'Plain words.'],
  ])('%s', (markdown, plain) => {
    expect(actionPlainText(markdown)).toBe(plain);
  });

  it('drops raw HTML instead of passing it on as words', () => {
    expect(actionPlainText('Try <b>this</b> today.')).toBe('Try this today.');
  });
});
