import { describe, expect, it } from 'vitest';
import { plainActionText } from './plain-text.ts';

describe('plainActionText', () => {
  it('keeps the words of links and marks, and drops the Markdown', () => {
    expect(plainActionText('Read [the journey guide](/playbook/pace/processes/) and **fix one** `handover`.')).toBe('Read the journey guide and fix one handover.');
  });
  it('leaves plain text as it is, with typographic quotes as guides show them', () => {
    expect(plainActionText('Ask "why" five times.')).toBe('Ask “why” five times.');
  });
  it('never lets HTML through as markup', () => {
    expect(plainActionText('Say <b>hello</b> & go')).not.toContain('<b>');
  });
});
