import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label.ts';

describe('wrapLabel', () => {
  it.each([
    ['2. Customer intelligence and lifetime value', 20, ['2. Customer', 'intelligence and', 'lifetime value']],
    ['1. Customer voice', 20, ['1. Customer voice']],
    ['Extraordinarily-long-word here', 10, ['Extraordinarily-long-word', 'here']],
    ['  spaced   out  ', 20, ['spaced out']],
  ])('%s at %i', (text, width, lines) => {
    expect(wrapLabel(text, width)).toEqual(lines);
  });
});
