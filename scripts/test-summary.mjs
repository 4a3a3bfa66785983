// Prints the plain closing line CI reads ("N passed, N failed[, N skipped]") from Vitest's JSON report.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".ci/results.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`test-summary: cannot read ${file}: ${error.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A file that fails to load has no failed test, only a failed file: count it so it is not hidden.
// (numFailedTestSuites also counts describe blocks, so it cannot be used for that.)
const filesThatDidNotLoad = (report.testResults ?? []).filter(
  (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
).length;
const failed = (report.numFailedTests ?? 0) + filesThatDidNotLoad;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
