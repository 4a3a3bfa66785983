/**
 * Global set-up of the unit and store test projects: the system tools they use (jing, PostgreSQL)
 * are there, installed on a root Debian/Ubuntu shell when missing, or the run stops at once with
 * the command that installs them.
 */
import type { TestProject } from "vitest/node";
import { ensureTools, JING, POSTGRESQL } from "../src/cli/browser/system-tools";

export default function setup(project: TestProject) {
  ensureTools(project.name === "store" ? [POSTGRESQL] : [JING]);
}
