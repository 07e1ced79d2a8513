import { describe, expect, it } from 'vitest';
import type { ActionList } from '../schema/action.ts';
import { actionsFor, flattenActions, guideActionList } from './actions.ts';

const lists: ActionList[] = [
  {
    guide: 'pace/processes',
    actions: [
      { id: 'later', text: 'Redesign one process with the three tests.', areas: ['pace/processes'], effort: 'weeks', priority: 2 },
      { id: 'first-b', text: 'List every handover and fix one.', areas: ['pace/processes', 'spectrum/ownership'], effort: 'days', priority: 1 },
    ],
  },
  {
    guide: 'pace/overview',
    numbered: true,
    actions: [
      { id: 'first-a', text: 'Map one journey on [a page](/playbook/x/).', areas: ['pace/processes'], effort: 'days', priority: 1 },
      { id: 'read', text: 'Read the guide for the lowest value.', areas: [], effort: 'hours', priority: 3 },
    ],
  },
];
const actions = flattenActions(lists);

describe('actionsFor', () => {
  it('returns an area\'s actions by priority, file order breaking ties', () => {
    expect(actionsFor('pace/processes', actions).map((action) => action.id)).toEqual(['first-b', 'first-a', 'later']);
  });

  it('carries the guide each action comes from', () => {
    expect(actionsFor('spectrum/ownership', actions)).toEqual([{ ...lists[0]!.actions[1], guide: 'pace/processes' }]);
  });

  it('returns nothing for an area no action serves', () => {
    expect(actionsFor('pace/attitudes', actions)).toEqual([]);
  });
});

describe('guideActionList', () => {
  const translations = { de: { 'pace/overview': { 'first-a': 'Eine Reise auf [einer Seite](/playbook/x/) abbilden.', read: 'Den Leitfaden lesen.' } } };

  it('gives the English list with its style', () => {
    expect(guideActionList(lists, translations, 'pace/overview', 'en')).toEqual({ numbered: true, texts: ['Map one journey on [a page](/playbook/x/).', 'Read the guide for the lowest value.'] });
  });

  it('gives a translated list in its language', () => {
    expect(guideActionList(lists, translations, 'pace/overview', 'de')).toEqual({ numbered: true, texts: ['Eine Reise auf [einer Seite](/playbook/x/) abbilden.', 'Den Leitfaden lesen.'] });
  });

  it('falls back to English, marked as English, where a language has no translation', () => {
    expect(guideActionList(lists, translations, 'pace/processes', 'pl')).toEqual({ numbered: false, texts: ['Redesign one process with the three tests.', 'List every handover and fix one.'], lang: 'en' });
  });

  it('has no list for a guide without actions', () => {
    expect(guideActionList(lists, translations, 'pace/attitudes', 'en')).toBeUndefined();
  });
});
