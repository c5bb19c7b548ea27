// Prints `N passed, N failed` alone on the last line, the plain summary CI reads.
// A test file that failed to load counts as one failure.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) continue;
      if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
      process.once('exit', () => process.stdout.write(`\n${passed} passed, ${failed} failed\n`));
    },
  };
}
