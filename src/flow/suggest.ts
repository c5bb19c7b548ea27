/**
 * "Did you mean …?" suggestions for misspelt ids and keys.
 */

// Two rows of the distance table, reused by every call (grown when a longer string comes).
let previousRow = new Uint32Array(128);
let currentRow = new Uint32Array(128);

/**
 * Levenshtein distance between two short strings. With `limit`, a distance above it is returned
 * as `limit + 1` without being computed exactly (so that comparing with many candidates is fast).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (previousRow.length <= b.length) {
    previousRow = new Uint32Array(b.length + 1);
    currentRow = new Uint32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let distance = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      if (insert < distance) distance = insert;
      const replace = previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1);
      if (replace < distance) distance = replace;
      current[j] = distance;
      if (distance < rowMin) rowMin = distance;
    }
    // The distance is at least the smallest value of any row.
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/** The farthest a suggestion may be from `input` (a third of the longer string, at least 2). */
const tolerance = (input: string, candidate: string) => Math.max(2, Math.floor(Math.max(candidate.length, input.length) / 3));

/** How much work `closestMatch` may still do, in cells of distance tables; shared by the calls given it. */
export interface SuggestionBudget {
  cells: number;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo
 * (distance at most a third of the longer string, and at least 1 for short ids).
 * With a `budget`, gives up (no suggestion) once the budget is spent: 10,000 long step ids and a
 * hundred typos would otherwise take a minute.
 */
export function closestMatch(input: string, candidates: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  if (input.length > 200 || (budget && budget.cells <= 0)) return undefined;
  const list = [...candidates];
  // No candidate farther than this can be suggested, so larger distances need not be exact: the
  // closest candidate is the same, and it is refused either way. Keeps 10,000 candidates cheap.
  const bound = list.reduce((most, candidate) => Math.max(most, tolerance(input, candidate)), 2);
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = input.toLowerCase();
  for (const candidate of list) {
    if (Math.abs(candidate.length - input.length) >= bestDistance) continue;
    if (budget && (budget.cells -= input.length * candidate.length) < 0) return undefined;
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(bound, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= tolerance(input, best) ? best : undefined;
}
