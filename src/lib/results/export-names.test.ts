import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportFile } from './export-names.ts';

const date = new Date('2026-03-01T23:30:00Z');

describe('exportFileName', () => {
  it.each<[Partial<ExportFile>, string]>([
    [{}, 'touchline-pace-2026-03-01.json'],
    [{ extension: 'csv' }, 'touchline-pace-2026-03-01.csv'],
    [{ subject: 'results' }, 'touchline-results-2026-03-01.json'],
    [{ label: 'Q1 workshop' }, 'touchline-pace-2026-03-01-q1-workshop.json'],
    [{ label: 'Équipe · Nord / Süd!' }, 'touchline-pace-2026-03-01-equipe-nord-sud.json'],
    [{ label: '///' }, 'touchline-pace-2026-03-01.json'],
    [{ label: 'x'.repeat(100) }, `touchline-pace-2026-03-01-${'x'.repeat(40)}.json`],
    [{ subject: '../etc' }, 'touchline-etc-2026-03-01.json'],
    [{ date: new Date(Number.NaN) }, 'touchline-pace-undated.json'],
  ])('%o → %s', (change, name) => {
    expect(exportFileName({ subject: 'pace', date, extension: 'json', ...change })).toBe(name);
  });
});
