/** Respondents in each Net Promoter group. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsScore extends NpsCounts {
  ok: true;
  /** %promoters − %detractors, −100 to 100, rounded half away from zero. */
  nps: number;
  total: number;
  promoterPercent: number;
  passivePercent: number;
  detractorPercent: number;
}

export type NpsResult = NpsScore | { ok: false; error: string };

/** The Net Promoter Score from group counts; counts must be whole numbers ≥ 0, not all zero. */
export function npsFromCounts(counts: NpsCounts): NpsResult {
  for (const group of ['promoters', 'passives', 'detractors'] as const) {
    const count = counts[group];
    if (!Number.isSafeInteger(count) || count < 0) return { ok: false, error: `${group} must be a whole number of people, 0 or more; got ${String(count)}` };
  }
  const { promoters, passives, detractors } = counts;
  const total = promoters + passives + detractors;
  if (total === 0) return { ok: false, error: 'there are no respondents: an NPS needs at least one answer' };
  return {
    ok: true,
    nps: roundedPercent(promoters - detractors, total),
    total,
    promoters,
    passives,
    detractors,
    promoterPercent: (100 * promoters) / total,
    passivePercent: (100 * passives) / total,
    detractorPercent: (100 * detractors) / total,
  };
}

/** The Net Promoter Score from 0–10 answers: 9–10 promote, 7–8 are passive, 0–6 detract. */
export function npsFromScores(scores: readonly number[]): NpsResult {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const [index, score] of scores.entries()) {
    if (!Number.isInteger(score) || score < 0 || score > 10) {
      return { ok: false, error: `answer ${index + 1} is ${String(score)}; NPS answers are whole numbers from 0 to 10` };
    }
    if (score >= 9) counts.promoters += 1;
    else if (score >= 7) counts.passives += 1;
    else counts.detractors += 1;
  }
  return npsFromCounts(counts);
}

/**
 * 100 × part / total rounded half away from zero, in integer arithmetic so that
 * e.g. 1 of 8 (12.5) rounds the same way as −1 of 8 does in the other direction.
 */
function roundedPercent(part: number, total: number): number {
  const magnitude = Math.floor((200 * Math.abs(part) + total) / (2 * total));
  return part < 0 ? -magnitude : magnitude;
}
