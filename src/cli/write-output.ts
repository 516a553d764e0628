import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError, message } from "../messages.ts";
import type { CommandIo } from "./io.ts";

/**
 * Checks `--out` before any work, so a run never ends in "cannot write" after minutes: the folder must
 * exist and be writable, and the path must not be a folder (an existing file is replaced).
 * @throws InputError naming the option and the path
 */
export function checkOutput(io: CommandIo, out: string | undefined): void {
  if (out === undefined) return;
  const path = resolve(io.cwd, out);
  const folder = dirname(path);
  const kind = (at: string) => {
    try {
      return statSync(at).isDirectory() ? "folder" : "file";
    } catch {
      return "none";
    }
  };
  if (kind(path) === "folder") throw new InputError([message.outIsFolder(out)]);
  if (kind(folder) !== "folder") throw new InputError([message.outMissingFolder(out)]);
  try {
    accessSync(folder, constants.W_OK);
    if (kind(path) === "file") accessSync(path, constants.W_OK);
  } catch (error) {
    throw new InputError([
      message.outNotWritable(out, (error as NodeJS.ErrnoException).code ?? String(error)),
    ]);
  }
}

/**
 * Writes a command's result to `--out` (or standard output). The file is written under a temporary name
 * and renamed when complete, so a run that fails or is cancelled never leaves a partial file that looks
 * finished; if writing fails, the temporary file is removed too. Bytes (an Arrow shard) are written as
 * they are; to standard output, in base64.
 * @throws InputError naming the path when it cannot be written
 */
export function writeOutput(io: CommandIo, out: string | undefined, text: string | Uint8Array): void {
  if (out === undefined) {
    io.stdout.write(typeof text === "string" ? text : Buffer.from(text).toString("base64"));
    return;
  }
  checkOutput(io, out);
  const path = resolve(io.cwd, out);
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw new InputError([
      message.outNotWritable(out, (error as NodeJS.ErrnoException).code ?? String(error)),
    ]);
  }
}
