import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../validate/problem.ts';
import { loadDictionaries } from './load-dictionaries.ts';
import { localeCodes } from './locales.ts';

const root = process.cwd();

function brandWith(files: Record<string, string>): { dir: string; label: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-brand-'));
  mkdirSync(join(dir, 'i18n'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'i18n', name), text);
  return { dir, label: 'brands/acme' };
}

describe('the shipped dictionaries', () => {
  it('give every key in every locale, with the plural forms each language needs', () => {
    const { dictionaries, problems } = loadDictionaries(root, localeCodes);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(dictionaries)).toEqual(['en', 'de', 'pl']);
  });
});

describe('a brand’s overrides', () => {
  it('replace the strings they give, in the locale they name', () => {
    const brand = brandWith({ 'de.yaml': 'nav.teamView: "Team-Auswertung"\n' });
    const { dictionaries, problems } = loadDictionaries(root, ['de', 'en'], brand);
    expect(problems).toEqual([]);
    expect(dictionaries.de?.['nav.teamView']).toBe('Team-Auswertung');
    expect(dictionaries.de?.['nav.playbook']).toBe('Playbook');
    expect(dictionaries.en?.['nav.teamView']).toBe('Team view');
  });

  it('name the file and line of an unknown key, and refuse a locale the brand does not publish', () => {
    const brand = brandWith({ 'en.yaml': 'site.skipToContent: "Skip"\nnav.teamVeiw: "Team"\n', 'pl.yaml': 'nav.teamView: "Zespół"\n' });
    const { problems } = loadDictionaries(root, ['en', 'de'], brand);
    expect(problems.map(formatProblem)).toEqual([
      'brands/acme/i18n/en.yaml:2: nav.teamVeiw: unknown key: src/i18n/en.yaml has no "nav.teamVeiw"; check its spelling or remove it',
      'brands/acme/i18n/pl.yaml: "pl" is not one of the brand\'s locales (en, de); rename the file after one of them, or add "pl" to deployment.locales in brand.yaml',
    ]);
  });
});
