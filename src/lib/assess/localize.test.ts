import { describe, expect, it } from 'vitest';
import { assessmentTranslationSchema, type AssessmentTranslation } from '../schema/assessment-translation.ts';
import { scales } from '../schema/scales.ts';
import { benchmarkFixture, dimensionsFixture, spectrumFixture } from '../scoring/fixtures.ts';
import { assessmentVersion } from '../results/version.ts';
import { localizeAssessment, localizeScale, scaleShapeIssues, translationShapeIssues } from './localize.ts';

const bands = [
  { label: 'Am Anfang', meaning: 'Wenig davon ist schon da.', advice: 'Beginnen Sie beim schwächsten Bereich.' },
  { label: 'Im Aufbau', meaning: 'Einiges ist da, ungleich verteilt.', advice: 'Gleichen Sie die Lücken aus.' },
  { label: 'Führend', meaning: 'Das meiste ist da und wirkt.', advice: 'Bleiben Sie dran und messen Sie.' },
];
const shared = { title: 'Test', summary: 'Zusammenfassung', tells: 'Was es zeigt', method: 'So wird gezählt.', bands };

const germanSpectrum: AssessmentTranslation = assessmentTranslationSchema.parse({
  ...shared,
  positions: Object.fromEntries(spectrumFixture.positions.map((p) => [p.id, { title: `T ${p.id}`, description: `Beschreibung ${p.id}` }])),
  dimensions: { strategy: { title: 'Strategie', advice: 'Rat zur Strategie.' }, practice: { title: 'Praxis', advice: 'Rat zur Praxis.' } },
  items: {
    s1: { text: 'Frage s1', options: ['Reaktiv', 'Gesteuert', 'Geführt'] },
    s2: { text: 'Frage s2', options: ['Geführt', 'Reaktiv'] },
    p1: { text: 'Frage p1', options: ['a', 'b', 'c', 'd'].map((x) => `Option ${x}`) },
  },
});

describe('an assessment in another language', () => {
  it('swaps the words and keeps everything a score depends on', () => {
    const { definition } = localizeAssessment(spectrumFixture, germanSpectrum);
    expect(definition.title).toBe('Test');
    expect(definition.dimensions[0]!.items[0]!.options!.map((o) => o.text)).toEqual(['Reaktiv', 'Gesteuert', 'Geführt']);
    expect(definition.dimensions[0]!.items[0]!.options!.map((o) => o.position)).toEqual(['reactive', 'managed', 'led']);
    expect(definition.positions.map((p) => [p.title, p.at])).toEqual(spectrumFixture.positions.map((p) => [`T ${p.id}`, p.at]));
    expect(assessmentVersion(definition)).toBe(assessmentVersion(spectrumFixture));
    expect(spectrumFixture.title).toBe('Fixture assessment');
  });

  it('keeps the English words of quoted items so they can be shown beside the translation', () => {
    const translation = assessmentTranslationSchema.parse({
      ...shared,
      benchmarkSurvey: 'Eine Umfrage',
      dimensions: { culture: { title: 'Kultur', advice: 'Rat zur Kultur.' }, voice: { title: 'Stimme', advice: 'Rat zur Stimme.' } },
      items: { q1: { text: 'Zitierte Aussage', benchmarkNotes: [null, 'Mitarbeitende, 2008'] }, q2: { text: 'Eigene Aussage' }, v1: { text: 'Zitat v1', benchmarkNotes: [null] } },
    });
    expect(translationShapeIssues(benchmarkFixture, translation, 'b.yaml')).toEqual([]);
    const { definition, originals } = localizeAssessment(benchmarkFixture, translation);
    expect(originals).toEqual({ q1: 'Quoted survey statement q1', v1: 'Quoted survey statement v1' });
    expect(definition.dimensions[0]!.items[0]!.benchmarks!.map((b) => [b.value, b.note])).toEqual([
      [80, undefined],
      [40, 'Mitarbeitende, 2008'],
    ]);
  });

  it('names every missing, extra or misshapen part of a translation', () => {
    const raw = {
      ...shared,
      bands: bands.slice(0, 2),
      sourceNote: 'Eine Notiz',
      dimensions: { strategy: { title: 'Strategie', summary: 'Zu viel', advice: 'Rat.' }, praxis: { title: 'Praxis', advice: 'Rat.' } },
      items: { s1: { text: 'Frage s1', options: ['a', 'b'] }, s2: { text: 'Frage s2', options: ['a', 'b'], help: 'Hilfe hier' }, p9: { text: 'Frage p9' } },
    };
    expect(translationShapeIssues(spectrumFixture, raw, 'src/content/assessments/x.yaml')).toEqual([
      { path: ['sourceNote'], message: 'the English has no such text; remove it' },
      { path: ['bands'], message: 'give 3 bands, one per English one in the same order (found 2)' },
      ...spectrumFixture.positions.map((p) => ({ path: ['positions'], message: `missing position "${p.id}": translate its title and description (src/content/assessments/x.yaml has it)` })),
      { path: ['dimensions'], message: 'missing dimension "practice": translate its title and advice (src/content/assessments/x.yaml has it)' },
      { path: ['dimensions', 'praxis'], message: 'src/content/assessments/x.yaml has no dimension "praxis"; remove it, or correct the id to one of the English file\'s' },
      { path: ['items'], message: 'missing item "p1": translate its text (src/content/assessments/x.yaml has it)' },
      { path: ['items', 'p9'], message: 'src/content/assessments/x.yaml has no item "p9"; remove it, or correct the id to one of the English file\'s' },
      { path: ['dimensions', 'strategy', 'summary'], message: 'the English has no such text; remove it' },
      { path: ['items', 's1', 'options'], message: 'give 3 options, one per English one in the same order (found 2)' },
      { path: ['items', 's2', 'help'], message: 'the English has no such text; remove it' },
    ]);
  });

  it('asks for the options a spectrum item has, and no options where it has none', () => {
    const issues = translationShapeIssues(dimensionsFixture, { ...shared, dimensions: {}, items: { a1: { text: 'x', options: ['y'] } } }, 'd.yaml');
    expect(issues).toContainEqual({ path: ['items', 'a1', 'options'], message: 'the English has no such text; remove it' });
    const missing = translationShapeIssues(spectrumFixture, { ...germanSpectrum, items: { ...germanSpectrum.items, s1: { text: 'Frage s1' } } }, 's.yaml');
    expect(missing).toEqual([{ path: ['items', 's1', 'options'], message: 'the English has this text; translate it here' }]);
  });
});

describe('a scale in another language', () => {
  it('numbers a ten-point scale from its two translated ends', () => {
    const scale = localizeScale(scales['agree-10'], { title: 'Wie sehr stimmen Sie zu?', ends: ['stimme gar nicht zu', 'stimme voll zu'], agreeNote: 'Eine Annahme.' });
    expect(scale.labels[0]).toBe('1 – stimme gar nicht zu');
    expect(scale.labels[9]).toBe('10 – stimme voll zu');
    expect([scale.min, scale.max, scale.agreeFrom]).toEqual([1, 10, 7]);
  });

  it('names labels of the wrong number, and ends on a labelled scale', () => {
    expect(scaleShapeIssues(scales['agree-5'], { title: 'x', labels: ['a', 'b'], agreeNote: 'y' })).toEqual([{ path: ['agree-5', 'labels'], message: 'give 5 labels, one per value in the English order (found 2)' }]);
    expect(scaleShapeIssues(scales['agree-10'], { title: 'x', labels: ['a'], agreeNote: 'y' }).map((i) => i.path.join('.'))).toEqual(['agree-10.ends', 'agree-10.labels']);
    expect(scaleShapeIssues(scales.choice, { title: 'x', agreeNote: 'y' })).toEqual([]);
  });
});
