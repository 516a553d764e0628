import type { ChartLocale } from "../../charts/locale.ts";
import type { MessageText } from "../../messages.ts";
import type { LossRatioRow } from "../../charts/loss-ratio-distribution-spec.ts";
import type { FeePoint, FeeSolution } from "../../risk/solve-fee.ts";
import type { RunSummary } from "../../risk/summarize-run.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { FieldProblem } from "../scenario/check-scenario.ts";
import type { ClaimsReplay } from "../replay/replay-claims.ts";
import type { RunRecord } from "../run/run-record.ts";
import type { ClaimRate } from "../run/run-time-estimate.ts";
import type { UiKey } from "./i18n.ts";

/**
 * A text of the interface kept in the state as its key and parameters, so the view writes it in the
 * page's language at the time it draws (a language switch shows it in the new language).
 */
export interface UiText {
  readonly key: UiKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Where the scenario in the form came from. */
export interface ScenarioSource {
  /** Bundled file name without `.json` (`inner-mongolia-2025`), or the uploaded file's name. */
  readonly name: string;
  /** The path messages name, e.g. `scenarios/inner-mongolia-2025.json`. */
  readonly file: string;
  /** Whether the file ships with the workbench (only those can be named in a shared link). */
  readonly bundled: boolean;
}

/** The state of a piece of work the user started. */
export type Outcome<Value> =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      /** Results of the paths finished so far, while the run goes on (progressive results). */
      readonly partial?: Value;
    }
  | { readonly status: "done"; readonly value: Value }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: readonly MessageText[] };

/** A finished simulation (or comparison): the summary, and what the charts need beyond it. */
export interface SimulationResults {
  readonly summary: RunSummary;
  /** The scenario as run (and the comparison's second scenario). */
  readonly scenario: Scenario;
  readonly compareScenario?: Scenario;
  /** What ran: scenario fingerprint, changes from its file, seed, paths, horizon, engine (and B's). */
  readonly record: RunRecord;
  readonly compareRecord?: RunRecord;
  /** Loss ratio of every path-year, per scenario ("A" and, for a comparison, "B"). */
  readonly lossRatio: readonly LossRatioRow[];
  readonly finishedAt: Date;
  readonly seconds: number;
  /** While the run goes on: paths finished of the total (these results are the finished paths'). */
  readonly progress?: { readonly pathsDone: number; readonly paths: number };
}

/** A finished fee solve, with the settings it ran with. */
export interface SolveResults {
  readonly solution: FeeSolution;
  readonly scenario: Scenario;
  readonly paths: number;
  readonly years: number;
  readonly seed: number;
}

/** The kinds of long work that run on the worker pool (one at a time). */
export type JobKind = "simulate" | "compare" | "solve";

/** Progress of the running job. */
export interface JobProgress {
  readonly kind: JobKind;
  readonly pathsDone: number;
  /** Paths in the whole job, or `null` when not known in advance (the fee solver). */
  readonly paths: number | null;
  /** `performance.now()` at the start. */
  readonly startedAt: number;
  /** Fee levels simulated so far (the fee solver). */
  readonly steps: number;
}

/** An uploaded text file. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** The tabs of the workspace. */
export type Tab = "results" | "compare" | "solve" | "replay" | "annual" | "reserve";

/** Everything the workbench shows; changed only through the store (see `app-actions.ts`). */
export interface AppState {
  readonly locale: ChartLocale;
  readonly tab: Tab;
  readonly source: ScenarioSource;
  /** The source file's scenario, resolved: the base of the shared link and of "reset". */
  readonly base: Scenario;
  /** The scenario as edited in the form: may hold invalid values (text where a number belongs). */
  readonly draft: Readonly<Record<string, unknown>>;
  /** The name typed for the edited scenario, or "" to name it from its changes (see `nameOfA`). */
  readonly scenarioName: string;
  /** Problems of the draft, with the command line's messages. */
  readonly problems: readonly FieldProblem[];
  /** Bumped when the form's shape changes (a band added, a file loaded), so the form is drawn again. */
  readonly formVersion: number;
  /** Problems loading a scenario file or a link (shown above the form). */
  readonly loadProblems: { readonly title: UiText; readonly messages: readonly MessageText[] } | null;

  readonly simulate: Outcome<SimulationResults>;

  /** Scenario B of a comparison: a bundled file and the edits made to it. */
  readonly compareName: string;
  readonly compareDraft: Readonly<Record<string, unknown>> | null;
  /** The name typed for scenario B, or "" to name it from its changes (see `nameOfB`). */
  readonly compareLabel: string;
  readonly compareProblems: readonly FieldProblem[];
  readonly compare: Outcome<SimulationResults>;

  /** The fee solver's settings as typed, and their problems (the `huzhu solve-fee` messages). */
  readonly solveSettings: { readonly targetRuin: string; readonly paths: string; readonly years: string };
  readonly solveProblems: readonly FieldProblem[];
  readonly solvePoints: readonly FeePoint[];
  readonly solve: Outcome<SolveResults>;

  readonly replayMembers: TextFile | null;
  readonly replayClaims: TextFile | null;
  /** Bundled scenario the claims are also replayed under, or "" for none. */
  readonly replaySecond: string;
  readonly replay: Outcome<{ readonly replay: ClaimsReplay; readonly names: readonly string[] }>;

  /**
   * Settings of further panels (stress tests, attribution, …) that a shared link carries, keyed by
   * panel: a panel reads and writes its own key, and the link keeps them all (`x=` in the hash).
   */
  readonly shareExtensions: Readonly<Record<string, unknown>>;

  /** The job running on the worker pool, or `null`. */
  readonly job: JobProgress | null;
  /**
   * Claims this machine simulates a second on the pool, from the speed test on page load or the last
   * run, to estimate how long the next run takes (`run-time-estimate.ts`); `null` until measured.
   */
  readonly claimRate: ClaimRate | null;
  /** Number of threads the pool runs on. */
  readonly threads: number;
}
