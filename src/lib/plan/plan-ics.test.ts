import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { nextReview, planReminder } from './plan-ics.ts';
import { samplePlan } from './fixtures.ts';

const dictionary = (code: string) => parse(readFileSync(new URL(`../../i18n/${code}.yaml`, import.meta.url), 'utf8')) as Record<string, string>;
const t = createTranslator('en', dictionary('en'));
const now = new Date('2026-03-02T09:00:00.000Z');

/**
 * The components of an iCalendar text as RFC 5545 lays them out: folded lines joined
 * (a line starting with a space continues the one before), then each `NAME;PARAMS:VALUE`
 * read into the innermost BEGIN…END block.
 */
function readCalendar(text: string) {
  expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const stack: { name: string; props: Record<string, string>; children: unknown[] }[] = [{ name: 'root', props: {}, children: [] }];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (name === 'BEGIN') stack.push({ name: value, props: {}, children: [] });
    else if (name === 'END') {
      const done = stack.pop()!;
      expect(done.name).toBe(value);
      stack.at(-1)!.children.push(done);
    } else stack.at(-1)!.props[name] = value;
  }
  expect(stack).toHaveLength(1);
  return stack[0]!.children[0] as (typeof stack)[0];
}

describe('planReminder', () => {
  it('is one all-day event on the earliest review date, with an alarm the day before', () => {
    const calendar = readCalendar(planReminder(samplePlan(), 'Fixture assessment', t, now)!);
    expect(calendar.name).toBe('VCALENDAR');
    const [event] = calendar.children as (typeof calendar)[];
    expect(event!.name).toBe('VEVENT');
    expect(event!.props).toMatchObject({
      UID: 'touchline-plan-result-plan-0001',
      'DTSTART;VALUE=DATE': '20260531',
      DTSTAMP: '20260302T090000Z',
      SUMMARY: 'Fixture assessment: review your plan',
    });
    const [alarm] = event!.children as (typeof calendar)[];
    expect(alarm!.props).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: '-PT15H' });
  });

  it('carries no answers, areas, owners or actions: only the title and "review your plan"', () => {
    const plan = samplePlan();
    const text = planReminder(plan, 'Fixture assessment', t, now)!;
    for (const secret of ['Head of service', 'alpha', 'Ask billing', 'Developing', 'in-progress']) expect(text).not.toContain(secret);
  });

  it('speaks the page language, and escapes what the title holds', () => {
    const german = createTranslator('de', dictionary('de'));
    const event = readCalendar(planReminder(samplePlan(), 'PACE-Check; Teil 1, neu', german, now)!).children[0] as { props: Record<string, string> };
    expect(event.props.SUMMARY).toBe('PACE-Check\\; Teil 1\\, neu: Plan überprüfen');
  });

  it('is nothing for a plan without priorities', () => {
    expect(planReminder(samplePlan({ priorities: [] }), 'Fixture assessment', t, now)).toBeUndefined();
    expect(nextReview(samplePlan())).toBe('2026-05-31');
  });
});
