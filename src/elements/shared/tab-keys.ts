/**
 * The keys of the ARIA tabs pattern, as one pure decision for every tab list of the package: the
 * index of the tab that `key` moves to among `count` tabs from `index`, or -1 when `key` is not
 * one of them. Arrow keys wrap around; Home and End go to the first and the last tab.
 */
export function tabKeyTarget(key: string, index: number, count: number): number {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return -1;
  }
}
