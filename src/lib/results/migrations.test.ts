import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { sampleResult } from './fixtures.ts';
import { CURRENT_FORMAT, formatOf, migrateRecord, migrateResult, upgradeFormat0, type FormatUpgrade } from './migrations.ts';

const format0 = { assessment: 'pace', takenAt: '2025-11-02T09:00:00Z', answers: { pr1: 4, pr2: null } };

describe('formatOf', () => {
  it.each<[string, unknown, number | undefined]>([
    ['a current result', sampleResult(), 1],
    ['a record without format', format0, 0],
    ['a later format', { ...sampleResult(), format: 7 }, 7],
    ['a text format', { format: '1' }, undefined],
    ['a negative format', { format: -1 }, undefined],
    ['a list', [sampleResult()], undefined],
    ['null', null, undefined],
    ['a string', 'result', undefined],
  ])('%s → %s', (_, record, format) => {
    expect(formatOf(record)).toBe(format);
  });
});

describe('migrateResult', () => {
  it('reads a current result as it is', () => {
    expect(migrateResult(sampleResult())).toEqual({ ok: true, result: sampleResult() });
  });

  it('reads a result saved before the respondent key as it is, and one with a key with its key', () => {
    const older = sampleResult({ team: 'acme' });
    expect('respondentKey' in older).toBe(false);
    expect(migrateResult(older)).toEqual({ ok: true, result: older });
    const keyed = sampleResult({ team: 'acme', respondentKey: 'AbCdEfGhIjKlMnOpQrStUv' });
    expect(migrateResult(keyed)).toEqual({ ok: true, result: keyed });
    const read = migrateResult({ ...keyed, respondentKey: 'Jane Smith' });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/respondentKey/);
  });

  it.each([
    ['without a role', format0, null],
    ['with a known role', { ...format0, role: 'leader' }, 'leader'],
    ['with a free-text role', { ...format0, role: 'Head of CX' }, null],
  ])('upgrades a format 0 record %s', (_, record, role) => {
    const read = migrateResult(record);
    expect(read).toMatchObject({ ok: true, migratedFrom: 0, result: { format: 1, version: 'unknown', role, assessment: 'pace', takenAt: format0.takenAt, answers: format0.answers } });
  });

  it('gives a format 0 record the same id every time, and different records different ids', () => {
    const id = (record: unknown) => {
      const read = migrateResult(record);
      return read.ok ? read.result.id : undefined;
    };
    expect(id(format0)).toMatch(/^legacy-[0-9a-f]{16}$/);
    expect(id(structuredClone(format0))).toBe(id(format0));
    expect(id({ ...format0, answers: { pr2: null, pr1: 4 } })).toBe(id(format0));
    expect(id({ ...format0, answers: { pr1: 3, pr2: null } })).not.toBe(id(format0));
    expect(id({ ...format0, role: 'leader' })).not.toBe(id(format0));
  });

  it.each<[string, unknown, string]>([
    ['a newer format', { ...sampleResult(), format: CURRENT_FORMAT + 1 }, 'newer-format'],
    ['a format 0 record with a bad date', { ...format0, takenAt: 'yesterday' }, 'invalid'],
    ['a format 0 record with an extra field', { ...format0, score: 80 }, 'invalid'],
    ['a current result without an id', { ...sampleResult(), id: undefined }, 'invalid'],
    ['a current result with an answer over 100', sampleResult({ answers: { pr1: 101 } }), 'invalid'],
    ['something that is not a record', 42, 'invalid'],
  ])('refuses %s', (_, record, reason) => {
    expect(migrateResult(record)).toMatchObject({ ok: false, reason });
  });

  it('says to update the site for a newer format', () => {
    expect(migrateResult({ format: 2 })).toEqual({
      ok: false,
      reason: 'newer-format',
      format: 2,
      message: 'saved by a newer version of Touchline; update the site to open it',
    });
  });

  it('names the field that is wrong', () => {
    const read = migrateResult(sampleResult({ takenAt: 'soon' }));
    expect(!read.ok && read.message).toMatch(/^not a valid saved result: takenAt: /);
  });
});

describe('upgradeFormat0', () => {
  it('refuses a record that is not format 0', () => {
    expect(upgradeFormat0({ takenAt: format0.takenAt })).toMatchObject({ ok: false, message: expect.stringMatching(/^not a format 0 result: assessment/) });
  });
});

describe('migrateRecord, the mechanism', () => {
  // A made-up history: format 0 had `n`, 1 renamed it `count`, 2 added `unit`.
  const current = z.strictObject({ format: z.literal(2), count: z.int(), unit: z.string() });
  const upgrades: Record<number, FormatUpgrade> = {
    0: (record) => {
      const old = z.object({ n: z.int() }).safeParse(record);
      return old.success ? { ok: true, record: { format: 1, count: old.data.n } } : { ok: false, message: 'no n' };
    },
    1: (record) => ({ ok: true, record: { ...(record as object), format: 2, unit: 'items' } }),
  };
  const options = { current: 2, upgrades, schema: current };

  it.each([
    ['format 0, through both steps', { n: 3 }, { ok: true, result: { format: 2, count: 3, unit: 'items' }, migratedFrom: 0 }],
    ['format 1, through the last step', { format: 1, count: 4 }, { ok: true, result: { format: 2, count: 4, unit: 'items' }, migratedFrom: 1 }],
    ['format 2, as it is', { format: 2, count: 5, unit: 'kg' }, { ok: true, result: { format: 2, count: 5, unit: 'kg' } }],
    ['a step that refuses', { x: 1 }, { ok: false, reason: 'invalid', message: 'no n' }],
    ['a newer format', { format: 3 }, { ok: false, reason: 'newer-format', format: 3 }],
  ])('%s', (_, record, expected) => {
    expect(migrateRecord(record, options)).toMatchObject(expected);
  });

  it('refuses a format with no upgrade in the table', () => {
    expect(migrateRecord({ format: 1, count: 1 }, { ...options, upgrades: { 0: upgrades[0]! } })).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'format 1 is not a format this version of Touchline can read',
    });
  });

  it('checks what the last step made against the schema', () => {
    const broken = { ...upgrades, 1: () => ({ ok: true as const, record: { format: 2, count: 'three' } }) };
    expect(migrateRecord({ format: 1, count: 3 }, { ...options, upgrades: broken })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
