// The team view reads the role ↔ survey-group rule from here; the model itself is in models/.
export { groupMatchesRole } from './models/benchmark.ts';
