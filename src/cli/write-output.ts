import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandIo } from "./io.ts";

/**
 * Writes a command's result to `--out` (or standard output). The file is written under a temporary name
 * and renamed when complete, so a run that fails or is cancelled never leaves a partial file that looks
 * finished.
 */
export function writeOutput(io: CommandIo, out: string | undefined, text: string): void {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, out);
  const temporary = `${path}.partial-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
