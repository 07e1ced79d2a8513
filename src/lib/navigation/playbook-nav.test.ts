import { describe, expect, it } from 'vitest';
import { buildOutline, neighbours, partOf, playbookPath } from './playbook-nav.ts';

const parts = [
  { id: 'pace', title: 'PACE', summary: 'Four values', order: 2 },
  { id: 'start', title: 'Start here', summary: 'Begin', order: 0 },
  { id: 'empty', title: 'Empty', summary: 'No pages yet', order: 1 },
];
const pages = [
  { id: 'pace/evaluation', title: 'Evaluation', order: 4 },
  { id: 'pace/overview', title: 'Overview', order: 0 },
  { id: 'start/glossary', title: 'Glossary', order: 1 },
  { id: 'start/start-here', title: 'Start here', order: 0 },
  { id: 'pace/attitudes', title: 'Attitudes', order: 2 },
];

describe('buildOutline', () => {
  const outline = buildOutline(parts, pages);
  it('orders parts and their pages, and drops parts with no pages', () => {
    expect(outline.map((part) => [part.id, part.pages.map((page) => page.id)])).toEqual([
      ['start', ['start/start-here', 'start/glossary']],
      ['pace', ['pace/overview', 'pace/attitudes', 'pace/evaluation']],
    ]);
  });
  it('breaks order ties by title', () => {
    const tied = buildOutline(parts, [
      { id: 'start/b', title: 'Beta', order: 0 },
      { id: 'start/a', title: 'Alpha', order: 0 },
    ]);
    expect(tied[0]?.pages.map((page) => page.title)).toEqual(['Alpha', 'Beta']);
  });
});

describe('neighbours', () => {
  const outline = buildOutline(parts, pages);
  it.each([
    ['start/start-here', undefined, 'start/glossary'],
    ['start/glossary', 'start/start-here', 'pace/overview'],
    ['pace/evaluation', 'pace/attitudes', undefined],
  ])('%s: previous %s, next %s', (id, previous, next) => {
    const result = neighbours(outline, id);
    expect(result.previous?.id).toBe(previous);
    expect(result.next?.id).toBe(next);
  });
  it('returns nothing for an unknown page', () => {
    expect(neighbours(outline, 'nope/nope')).toEqual({});
  });
});

describe('paths', () => {
  it('derives the part and URL from a page id', () => {
    expect(partOf('pace/processes')).toBe('pace');
    expect(playbookPath('pace/processes')).toBe('/playbook/pace/processes/');
  });
});
