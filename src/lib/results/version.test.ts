import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schema/assessment.ts';
import { dimensionsFixture, spectrumFixture } from '../scoring/fixtures.ts';
import { assessmentVersion, fnv1a32 } from './version.ts';

describe('fnv1a32', () => {
  // Published FNV-1a 32-bit test vectors.
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('%j → %s', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });
});

/** A deep copy to change one thing in. */
function changed(definition: Assessment, change: (copy: Assessment) => void): Assessment {
  const copy = structuredClone(definition);
  change(copy);
  return copy;
}

const first = <T>(list: T[]): T => {
  const value = list[0];
  if (value === undefined) throw new Error('fixture list is empty');
  return value;
};

describe('assessmentVersion', () => {
  const base = assessmentVersion(dimensionsFixture);

  it('is 8 hex digits and stable', () => {
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(assessmentVersion(structuredClone(dimensionsFixture))).toBe(base);
  });

  it.each([
    ['the title', (d: Assessment) => void (d.title = 'A new title')],
    ['an item text', (d: Assessment) => void (first(first(d.dimensions).items).text = 'Reworded statement')],
    ['a dimension title and advice', (d: Assessment) => void Object.assign(first(d.dimensions), { title: 'Renamed', advice: 'Different advice entirely.' })],
    ['a next step page', (d: Assessment) => void (first(d.dimensions).nextStep = 'guide/elsewhere')],
    ['the bands', (d: Assessment) => void (first(d.bands).label = 'Beginning')],
  ])('keeps the version when %s changes', (_, change) => {
    expect(assessmentVersion(changed(dimensionsFixture, change))).toBe(base);
  });

  it.each([
    ['items are reordered', (d: Assessment) => void first(d.dimensions).items.reverse()],
    ['dimensions are reordered', (d: Assessment) => void d.dimensions.reverse()],
    // Narrowed by model, a dimensions assessment's items take a plain item.
    ['an item is added', (d: Assessment) => void (d.model === 'dimensions' && first(d.dimensions).items.push({ id: 'a3', text: 'New statement', quoted: false, cannotSee: false }))],
    ['an item is removed', (d: Assessment) => void first(d.dimensions).items.pop()],
    ['an item id changes', (d: Assessment) => void (first(first(d.dimensions).items).id = 'a9')],
    ['an item moves to another dimension', (d: Assessment) => {
      if (d.model !== 'dimensions') return;
      const moved = first(d.dimensions).items.pop();
      if (moved) d.dimensions[1]?.items.unshift(moved);
    }],
    ['a dimension id changes', (d: Assessment) => void (first(d.dimensions).id = 'alpha-two')],
    ['the scale changes', (d: Assessment) => void (d.scale = 'agree-10')],
    ['the model changes', (d: Assessment) => void (d.model = 'benchmark')],
  ])('changes the version when %s', (_, change) => {
    expect(assessmentVersion(changed(dimensionsFixture, change))).not.toBe(base);
  });

  describe('for the spectrum model', () => {
    const spectrum = assessmentVersion(spectrumFixture);
    it('keeps the version when option wording or position details change', () => {
      const reworded = changed(spectrumFixture, (d) => {
        const option = first(first(first(d.dimensions).items).options ?? []);
        option.text = 'Reworded option';
        first(d.positions ?? []).description = 'A different description of the position.';
      });
      expect(assessmentVersion(reworded)).toBe(spectrum);
    });
    it('changes the version when options are reordered or point elsewhere', () => {
      const reordered = changed(spectrumFixture, (d) => void first(first(d.dimensions).items).options?.reverse());
      const repointed = changed(spectrumFixture, (d) => void (first(first(first(d.dimensions).items).options ?? []).position = 'aware'));
      const added = changed(spectrumFixture, (d) => void first(first(d.dimensions).items).options?.push({ text: 'Another option', position: 'aware' }));
      for (const definition of [reordered, repointed, added]) expect(assessmentVersion(definition)).not.toBe(spectrum);
    });
  });
});
