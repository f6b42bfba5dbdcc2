// Prints one plain closing line, "tests: N passed, N failed", that any CI log reader understands.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // At exit, so it comes after jest's own summary (stdout and stderr are synchronous on Linux).
    process.once('exit', () => process.stdout.write(`${line}\n`));
  }
}
module.exports = SummaryLineReporter;
