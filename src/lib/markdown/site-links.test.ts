import { describe, expect, it } from 'vitest';
import { isTargetIncluded, siteLinkTarget } from './site-links.ts';

describe('siteLinkTarget', () => {
  it.each([
    ['/playbook/pace/processes/', { kind: 'page', part: 'pace', id: 'pace/processes' }],
    ['/playbook/pace/processes/#evaluation', { kind: 'page', part: 'pace', id: 'pace/processes' }],
    ['/playbook/pace/', { kind: 'part', part: 'pace' }],
    ['/assess/pace/', { kind: 'assessment', id: 'pace' }],
    ['/results/', null],
    ['/playbook/', null],
    ['https://example.com/playbook/pace/', null],
    ['/playbook/pace/processes', null],
  ])('%s', (href, expected) => {
    expect(siteLinkTarget(href)).toEqual(expected);
  });
});

describe('isTargetIncluded', () => {
  const everything = { parts: null, assessments: null };
  const some = { parts: ['pace'], assessments: ['spectrum'] };

  it('keeps every target when the site includes everything', () => {
    expect(isTargetIncluded({ kind: 'page', part: 'framework', id: 'framework/people' }, everything)).toBe(true);
    expect(isTargetIncluded({ kind: 'assessment', id: 'pace' }, everything)).toBe(true);
  });

  it('keeps pages and parts of the included parts only', () => {
    expect(isTargetIncluded({ kind: 'page', part: 'pace', id: 'pace/processes' }, some)).toBe(true);
    expect(isTargetIncluded({ kind: 'part', part: 'pace' }, some)).toBe(true);
    expect(isTargetIncluded({ kind: 'page', part: 'framework', id: 'framework/people' }, some)).toBe(false);
    expect(isTargetIncluded({ kind: 'part', part: 'framework' }, some)).toBe(false);
  });

  it('keeps the included assessments only', () => {
    expect(isTargetIncluded({ kind: 'assessment', id: 'spectrum' }, some)).toBe(true);
    expect(isTargetIncluded({ kind: 'assessment', id: 'pace' }, some)).toBe(false);
  });
});
