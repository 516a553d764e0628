import { resolve } from "node:path";
import { InputError, mapMessageText } from "../messages.ts";
import { loadScenario } from "../scenario/load-scenario.ts";
import type { Scenario } from "../scenario/types.ts";
import type { CommandIo } from "./io.ts";

/** Loads a scenario named on the command line; its messages name the file as the user typed it. */
export function loadScenarioOption(io: CommandIo, file: string): Scenario {
  const path = resolve(io.cwd, file);
  try {
    return loadScenario(path);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(
        error.problems.map((problem) => mapMessageText(problem, (text) => text.replaceAll(path, file))),
      );
    throw error;
  }
}
