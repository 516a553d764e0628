import type { Scenario } from "../types.ts";
import type { YearOverride } from "./year-override.ts";

/** Text in both languages of the workbench. */
export interface BilingualText {
  zh: string;
  en: string;
}

/**
 * A named stress: a documented change to any scenario, expressed as year overrides (and nothing else), so
 * that the stressed scenario runs on the same random numbers as its base.
 */
export interface Stress {
  /** Name used on the command line and in results, e.g. `cost-shock`. */
  name: string;
  /** Short title. */
  title: BilingualText;
  /** What the stress does, with its size and where the size comes from. */
  description: BilingualText;
  /** The overrides this stress adds to `scenario` (read from the scenario where the size depends on it). */
  overrides(scenario: Scenario): YearOverride[];
}
