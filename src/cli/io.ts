/** The CLI's output streams and exit codes, injectable for tests. */

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Current directory for relative paths. */
  cwd: string;
}

export const EXIT_OK = 0;
/** Findings with an error (validate, fill). */
export const EXIT_FINDINGS = 1;
/** Bad usage, an unreadable input or an unwritable output. */
export const EXIT_USAGE = 2;

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
  };
}
