import { describe, expect, it } from 'vitest';
import { withBase } from './base-path.ts';

describe('withBase', () => {
  it.each([
    ['/playbook/pace/', '/', '/playbook/pace/'],
    ['/playbook/pace/', '/client/', '/client/playbook/pace/'],
    ['/playbook/pace/', '/client', '/client/playbook/pace/'],
    ['/client/playbook/', '/client/', '/client/playbook/'],
    ['https://example.com/x', '/client/', 'https://example.com/x'],
    ['//cdn.example.com/x', '/client/', '//cdn.example.com/x'],
    ['#section', '/client/', '#section'],
    ['relative/page/', '/client/', 'relative/page/'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
