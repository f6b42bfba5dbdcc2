// Prints one plain closing line, "tests: N passed, N failed", that any CI log reader understands.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // After jest's own summary on stderr, and on stdout for logs that keep only that stream.
    process.stderr.write(`${line}\n`);
    process.stdout.write(`${line}\n`);
  }
}
module.exports = SummaryLineReporter;
