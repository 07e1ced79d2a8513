import { describe, expect, it } from 'vitest';
import { creditLead, sourceYearLabel } from './source-year.ts';

describe('sourceYearLabel', () => {
  it('prints a stated year as it stands', () => {
    expect(sourceYearLabel({ year: 2013 })).toBe('2013');
  });

  it('says plainly that an article gives no year', () => {
    expect(sourceYearLabel({ year: 'not stated' })).toBe('undated');
  });

  it('marks a year inferred from the article’s evidence as approximate', () => {
    expect(sourceYearLabel({ year: 2012, yearNote: 'It cites a 2012 report.' })).toBe('undated, about 2012');
  });
});

describe('creditLead', () => {
  it('says "Based on" for items drawn from the source, and names a synthesis as Touchline’s', () => {
    expect(creditLead({ credit: 'source' })).toBe('Based on');
    expect(creditLead({ credit: 'synthesis' })).toBe('Touchline’s synthesis, built from');
  });
});
