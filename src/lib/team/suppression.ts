/**
 * Small-group suppression for team figures, including complementary (secondary) suppression.
 *
 * A figure is published only for a group of at least `minGroupSize` people. Hiding the small
 * groups is not enough on its own: wherever a total and its parts are published together
 * (all respondents = leaders + managers + front line + no role given; a role = its segments; …)
 * a reader can subtract the parts shown from the total and recover what was hidden. The rule,
 * applied to every such sum (a "line"):
 *
 * 1. Primary: every group with fewer than `minGroupSize` people is hidden (empty groups too,
 *    so that "none" and "a few" look alike).
 * 2. Complementary: a line is safe only when
 *    a. no hidden figure is the only unknown in it: a line with a hidden group of one or more
 *       people must hide at least two such groups (empty hidden groups do not count, since a
 *       reader may well know a group is empty), and
 *    b. when its total is shown, the hidden parts together are empty or hold at least
 *       `minGroupSize` people, so what subtraction recovers is itself a large-enough group.
 *    While a line is unsafe, the cheapest non-empty figure still shown in it is hidden too
 *    (cheapest by the caller's `cost`, then fewest people, then key), and all lines are
 *    checked again until none changes.
 *
 * This is the usual line-by-line heuristic for tables with margins: it stops subtraction
 * within any one sum. It does not search for every combination of sums a determined reader
 * could solve together, which the tables here (roles × segments) are too small to need.
 */

/** Why a figure is not shown. */
export type SuppressionReason = 'small-group' | 'protects-small-group';
export type Visibility = 'shown' | SuppressionReason;

/** A count that may be published, and how much it costs to hide it to protect another. */
export interface CountCell {
  key: string;
  n: number;
  /** Lower is given up first when a line needs one more hidden figure. */
  cost: number;
}

/** A total and the disjoint parts that add up to it, by key. */
export interface Line {
  total: string;
  parts: readonly string[];
}

/** A figure in a line as the safety rule sees it. */
export interface LineEntry {
  n: number;
  hidden: boolean;
}

/** Whether the figures shown in a line let a reader recover a hidden group of fewer than `minGroupSize` (see the module comment). */
export function revealsSmallGroup(total: LineEntry, parts: readonly LineEntry[], minGroupSize: number): boolean {
  let hiddenWithPeople = total.hidden && total.n > 0 ? 1 : 0;
  let hiddenPeople = 0;
  for (const part of parts) {
    if (!part.hidden) continue;
    hiddenPeople += part.n;
    if (part.n > 0) hiddenWithPeople += 1;
  }
  if (hiddenWithPeople === 1) return true;
  return !total.hidden && hiddenPeople > 0 && hiddenPeople < minGroupSize;
}

/**
 * Which counts to show and why the others are hidden, by the rule in the module comment.
 * Every key a line names must be among `cells`. The result depends only on the cells and the
 * order of `lines`, so callers list lines in a fixed order.
 */
export function suppressSmallGroups(cells: readonly CountCell[], lines: readonly Line[], minGroupSize: number): Map<string, Visibility> {
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  const visibility = new Map<string, Visibility>(cells.map((cell) => [cell.key, cell.n < minGroupSize ? 'small-group' : 'shown']));
  const cellOf = (key: string): CountCell => {
    const cell = byKey.get(key);
    if (!cell) throw new Error(`suppressSmallGroups: a line names "${key}", which is not among the cells`);
    return cell;
  };
  const entry = (key: string): LineEntry => ({ n: cellOf(key).n, hidden: visibility.get(key) !== 'shown' });

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      while (revealsSmallGroup(entry(line.total), line.parts.map(entry), minGroupSize)) {
        const candidate = [line.total, ...line.parts]
          .map(cellOf)
          .filter((cell) => cell.n > 0 && visibility.get(cell.key) === 'shown')
          .sort((a, b) => a.cost - b.cost || a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0];
        // An unsafe line always has a non-empty figure left to hide (its parts add up to its
        // total), so this only guards against lines whose parts do not add up.
        if (!candidate) break;
        visibility.set(candidate.key, 'protects-small-group');
        changed = true;
      }
    }
  }
  return visibility;
}
