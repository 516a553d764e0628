import type { Policy } from "./policy-types.ts";
import type { Assumptions } from "./assumption-types.ts";

export type * from "./policy-types.ts";
export type * from "./assumption-types.ts";

/** How a simulation run is set up by default (the command line and the page may override each). */
export interface SimulationSettings {
  /**
   * Number of simulated paths (independent futures of the fund).
   * @minimum 1
   * @maximum 1000000
   * @asType integer
   */
  paths: number;
  /**
   * Projection horizon in years.
   * @minimum 1
   * @maximum 50
   * @asType integer
   */
  years: number;
  /**
   * Seed of the random streams: the same scenario and seed give bit-identical results on any number of
   * threads.
   * @minimum 0
   * @maximum 9007199254740991
   * @asType integer
   */
  seed: number;
}

/**
 * A scenario: one scheme's benefit policy, the assumptions that drive the simulation of its fund, and
 * the default run settings. A file may `extends` another and override some fields: objects merge field by
 * field, arrays (such as `bands`) are replaced whole.
 */
export interface Scenario {
  /** Path of the JSON Schema (for editors); ignored by the loader. */
  $schema?: string;
  /**
   * Path of a scenario this one starts from, relative to this file. Its fields apply unless this file
   * overrides them.
   */
  extends?: string;
  /** Short name, shown in the workbench and the results. */
  name: string;
  /** What the scenario is and where its figures come from. */
  description: string;
  /**
   * The clauses this scenario encodes, citing the source document (e.g. "001 §4.1 bands: 0–10,000 at
   * 40%").
   */
  sources: string[];
  /** The benefit rules. */
  policy: Policy;
  /** The simulation assumptions: membership, hospitalisation and the fund. */
  assumptions: Assumptions;
  /** Default run settings. */
  simulation: SimulationSettings;
}
