import { z } from 'astro/zod';
import { scaleIds } from './scales.ts';

// An assessment in another language holds only words, keyed by the ids of the English
// definition (src/content/assessments/<id>.yaml): everything that decides a score — model,
// scale, ids, option positions, figures — stays in the English file, so a result is the same
// result in every language. assessment-translation-check.ts compares the two shapes.

const words = z.string().trim().min(2, { error: 'give the translated text here' });

export const assessmentTranslationSchema = z.strictObject({
  title: words.max(80),
  summary: words,
  tells: words,
  sourceNote: words.optional(),
  method: words,
  benchmarkSurvey: words.optional(),
  /** One per English band, in the same order. */
  bands: z.array(z.strictObject({ label: words, meaning: words, advice: words })),
  positions: z.record(z.string(), z.strictObject({ title: words, description: words })).optional(),
  dimensions: z.record(z.string(), z.strictObject({ title: words, summary: words.optional(), advice: words })),
  items: z.record(
    z.string(),
    z.strictObject({
      text: words,
      leadIn: words.optional(),
      help: words.optional(),
      /** Spectrum items: one per English option, in the same order. */
      options: z.array(words).optional(),
      /** Audit items with published figures: one per figure, `null` where the English has no note. */
      benchmarkNotes: z.array(words.nullable()).optional(),
    }),
  ),
});
export type AssessmentTranslation = z.output<typeof assessmentTranslationSchema>;

export const scaleTranslationSchema = z.strictObject({
  title: words,
  /** One per value, for scales that label each value. */
  labels: z.array(words).optional(),
  /** The words at both ends, for numbered scales ("1 – strongly disagree" … "10 – strongly agree"). */
  ends: z.tuple([words, words]).optional(),
  agreeNote: words,
});
export type ScaleTranslation = z.output<typeof scaleTranslationSchema>;

/** `src/content/translations/<code>/scales.yaml`: every answer scale, by id. */
export const scaleTranslationsFileSchema = z.record(z.enum(scaleIds), scaleTranslationSchema);
export type ScaleTranslations = z.output<typeof scaleTranslationsFileSchema>;
