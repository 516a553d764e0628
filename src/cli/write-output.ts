import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandIo } from "./io.ts";

/**
 * Writes a command's result to `--out` (or standard output). The file is written under a temporary name
 * and renamed when complete, so a run that fails or is cancelled never leaves a partial file that looks
 * finished. Bytes (an Arrow shard) are written as they are; to standard output, in base64.
 */
export function writeOutput(io: CommandIo, out: string | undefined, text: string | Uint8Array): void {
  if (out === undefined) {
    io.stdout.write(typeof text === "string" ? text : Buffer.from(text).toString("base64"));
    return;
  }
  const path = resolve(io.cwd, out);
  const temporary = `${path}.partial-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
