import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentSchema } from '/work/main/src/lib/schema/assessment.ts';
import { encodeShareCode, decodeShareCode } from '/work/main/src/lib/results/share-code.ts';
import { assessmentVersion } from '/work/main/src/lib/results/version.ts';
import { answerRanges } from '/work/main/src/lib/results/definitions.ts';
const def = assessmentSchema.parse(parse(readFileSync('/work/main/src/content/assessments/pace.yaml','utf8')));
const defs = { pace: def };
const ranges = answerRanges(def); const v = assessmentVersion(def);
const results = Array.from({ length: 10000 }, (_, i) => ({ format: 1, id: `bench-${i}`, assessment: 'pace', version: v, takenAt: new Date(Date.UTC(2024,0,1) + i*3600_000).toISOString(), role: ['leader','manager','front-line'][i%3], answers: Object.fromEntries(ranges.map((r, j) => [r.itemId, r.min + ((i*7+j*3) % (r.max-r.min+1))])) }));
for (let round = 0; round < 3; round++) {
let t = performance.now(); let enc = 0, dec = 0;
for (const r of results) { const a = performance.now(); const c = encodeShareCode(r, def); const b = performance.now(); const d = decodeShareCode(c, defs); enc += b - a; dec += performance.now() - b; if (!d.ok) throw new Error(d.error.message); }
console.log('µs per result', ((performance.now() - t) / 10000 * 1000).toFixed(1), 'enc', (enc/10).toFixed(1), 'dec', (dec/10).toFixed(1));
}
