/**
 * The page's fetches, from the browser's resource timings (all of them: observed with `buffered`
 * from the first import of this module), for tests that check what a page asks for and when.
 */
const fetches: PerformanceResourceTiming[] = [];
new PerformanceObserver((list) => fetches.push(...(list.getEntries() as PerformanceResourceTiming[]))).observe({
  type: 'resource',
  buffered: true,
});

/** The timing of the first fetch whose path ends with `path`, if the page made one. */
export function fetchedResource(path: string): PerformanceResourceTiming | undefined {
  return fetches.find((entry) => new URL(entry.name).pathname.endsWith(path));
}

/** How many fetches the page has made so far (the resource timings observed). */
export function fetchCount(): number {
  return fetches.length;
}
