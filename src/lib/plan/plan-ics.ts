/**
 * A calendar reminder for a plan's review, as an iCalendar file (RFC 5545) made with
 * ical-generator. It says only the assessment's title and "review your plan": no answers,
 * scores, areas or owners, since a calendar is often shared or synced to other services.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import type { Translate } from '../i18n/translate.ts';
import { nextReview, type Plan } from './plan-schema.ts';

export { nextReview };

/** The alarm goes off at 09:00 the day before the all-day event (15 hours before its start). */
const ALARM_BEFORE_SECONDS = 15 * 60 * 60;


/**
 * The .ics text for the plan's next review: one all-day event on that date, with an alarm
 * the day before. The event's id comes from the result's id, so importing a newer file for
 * the same plan moves the one event instead of adding a second. Undefined when the plan has
 * no priorities (nothing to review).
 */
export function planReminder(plan: Plan, assessmentTitle: string, t: Translate, now: Date = new Date()): string | undefined {
  const reviewOn = nextReview(plan);
  if (reviewOn === undefined) return undefined;
  const summary = t('plan.reminder.summary', { title: assessmentTitle });
  const calendar = ical({ prodId: { company: 'Touchline', product: 'Plan', language: 'EN' } });
  const event = calendar.createEvent({
    id: `touchline-plan-${plan.resultId}`,
    start: reviewOn,
    allDay: true,
    stamp: now,
    summary,
    description: t('plan.reminder.description', { title: assessmentTitle }),
  });
  event.createAlarm({ type: ICalAlarmType.display, trigger: ALARM_BEFORE_SECONDS, description: summary });
  return calendar.toString();
}
