import { InputError, type MessageText } from "../../messages.ts";
import type { Scenario } from "../../scenario/types.ts";
import { validateScenario } from "../../scenario/validate-scenario.ts";
import { checkSimulationRequest } from "../../sim/run-simulation.ts";
import type { DocumentPath } from "./document-path.ts";

/** A problem of the edited scenario: where it is and the message the command line would print. */
export interface FieldProblem {
  readonly path: DocumentPath;
  readonly message: MessageText;
}

const RUN_SETTINGS = ["paths", "years", "seed"] as const;

/**
 * Every problem of an edited scenario document, with the command line's messages: the scenario
 * validator's (`validateScenario`, messages naming `file`), then, for a valid scenario, the range checks
 * a run applies to its paths, years and seed (`checkSimulationRequest`: whole numbers). Empty when the
 * scenario can run.
 * @param document the scenario as edited (may hold text where a number belongs)
 * @param file the scenario file the form started from, named in the messages
 */
export function checkScenario(document: unknown, file: string): FieldProblem[] {
  const problems = validateScenario(document).map((problem) => ({
    path: problem.path,
    message: problem.format(file),
  }));
  if (problems.length > 0) return problems;
  const { simulation } = document as Scenario;
  try {
    checkSimulationRequest({ scenario: document as Scenario, ...simulation });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) {
      const setting = RUN_SETTINGS.find((name) => problem.params[0] === name);
      problems.push({ path: setting ? ["simulation", setting] : [], message: problem });
    }
  }
  return problems;
}
