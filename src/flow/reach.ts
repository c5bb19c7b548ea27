/**
 * Which steps can be reached from others: the one walk behind `parseFlow`'s `unreachable-step` rule
 * and the studio's reports. Pure, no zod.
 */

/**
 * The ids reached from `roots` by following `edges`, roots included. `edges(id)` gives the ids a
 * step leads to (`undefined` entries are skipped), or `undefined` when there is no step `id`: such an
 * id is neither reached nor followed.
 */
export function reachedFrom(roots: Iterable<string>, edges: (id: string) => Iterable<string | undefined> | undefined): Set<string> {
  const reached = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    const next = edges(id);
    if (next === undefined) continue;
    reached.add(id);
    for (const to of next) if (to !== undefined && !reached.has(to)) queue.push(to);
  }
  return reached;
}
