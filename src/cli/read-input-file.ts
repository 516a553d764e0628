import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, message } from "../messages.ts";
import type { CommandIo } from "./io.ts";

/** Reads a file named on the command line; a missing or unreadable file is an input error naming it. */
export function readInputFile(io: CommandIo, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new InputError([
      message.fileUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)),
    ]);
  }
}
