// The Java runtime the Nu HTML checker (vnu-jar) runs on: JAVA_HOME's, else `java` on the PATH.
// npm cannot bring one here (the JRE packages on npm download it at install time), so where none is
// found the Nu check is skipped and the run says so; every other test runs. .ci/run installs one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const NU_SKIPPED_NOTE =
  'Nu HTML checker SKIPPED: no Java runtime found (JAVA_HOME unset and no `java` on the PATH). ' +
  'Every other test ran, html-validate included. To run it too: install Java 11 or newer ' +
  '(Debian/Ubuntu: apt-get install -y default-jre-headless; macOS: brew install openjdk) or set JAVA_HOME.';

let found: string | null | undefined;

/** The java command to run, or null when this machine has none. */
export function findJava(): string | null {
  if (found !== undefined) return found;
  const home = process.env.JAVA_HOME;
  const candidate = home && fs.existsSync(path.join(home, 'bin', 'java')) ? path.join(home, 'bin', 'java') : 'java';
  const probe = spawnSync(candidate, ['-version'], { stdio: 'ignore' });
  found = probe.error || probe.status !== 0 ? null : candidate;
  return found;
}
