// What a page of the examples' tests must not log: console errors and warnings, uncaught errors.

/** Records into the returned list every console error or warning and uncaught error of `page`. */
export function recordProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
