import { type MessageText, mapMessageText } from "../../messages.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import { solveFee } from "../../risk/solve-fee.ts";
import { resolveScenario } from "../../scenario/resolve-scenario.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppState, ScenarioSource, Tab, TextFile } from "./app-state.ts";
import {
  bundledSource,
  loadBundledScenario,
  scenarioPath,
  scenarioReader,
} from "../scenario/bundled-scenarios.ts";
import { checkScenario } from "../scenario/check-scenario.ts";
import type { DocumentPath } from "../scenario/document-path.ts";
import { setAt } from "../scenario/document-path.ts";
import { errorMessages, failure } from "../common/error-text.ts";
import { translate } from "./i18n.ts";
import type { JobRunner } from "../run/job-runner.ts";
import { replayClaims } from "../replay/replay-claims.ts";
import { runJob, simulationResults } from "../run/run-job.ts";
import { runRecord } from "../run/run-record.ts";
import { bundledScenario, nameOfA, nameOfB, namesOf } from "../scenario/scenario-names.ts";
import { sharedDraft, shareHashOf } from "../scenario/share-link.ts";
import { decodeShareHash, isKnownTab } from "../scenario/share-url.ts";
import { mergeScenario } from "../../scenario/merge-scenario.ts";
import { checkSolveSettings, type SolveSettingsText } from "../solve/solve-settings.ts";
import type { Store } from "./store.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";

/** Everything the user can do; the views call these and only read the store. */
export interface AppActions {
  setLocale(locale: ChartLocale): void;
  setTab(tab: Tab): void;
  loadBundled(name: string): void;
  loadFile(file: TextFile): void;
  resetScenario(): void;
  /** Sets a field of the edited scenario; `reshape` redraws the form (a band added, a section switched). */
  setField(path: DocumentPath, value: unknown, reshape?: boolean): void;
  /** Names the edited scenario ("" names it from its changes). */
  setScenarioName(name: string): void;
  simulate(): Promise<void>;
  setCompareName(name: string): void;
  setCompareField(path: DocumentPath, value: unknown): void;
  /** Names scenario B ("" names it from its changes). */
  setCompareLabel(name: string): void;
  compare(): Promise<void>;
  setSolveSetting(setting: keyof SolveSettingsText, text: string): void;
  solve(): Promise<void>;
  cancel(): void;
  setReplayFile(kind: "members" | "claims", file: TextFile | null): void;
  setReplaySecond(name: string): void;
  replay(): void;
  /** Loads the scenario and settings of a shared link's hash; false when the hash names no scenario. */
  applyHash(hash: string): boolean;
  /** The hash of a link that reproduces the current scenario, settings and language. */
  shareHash(): string;
  /**
   * Runs an analysis of the comparison tab (a stress test, an attribution) as a job, with its progress and
   * cancel button; `null` when scenario A or B has problems or another job is running.
   */
  analyse<Value>(
    work: (a: Scenario, b: Scenario, pool: WorkerPool, signal: AbortSignal) => Promise<Value>,
  ): Promise<Value> | null;
}

/** The actions over `store`, running simulations with `jobs`. */
export function createActions(store: Store<AppState>, jobs: JobRunner): AppActions {
  const setDraft = (
    draft: Record<string, unknown>,
    source: ScenarioSource,
    extra: Partial<AppState> = {},
  ) => {
    store.set({ draft, problems: checkScenario(draft, source.file), ...extra });
  };

  const useScenario = (base: Scenario, source: ScenarioSource, draft?: Record<string, unknown>) => {
    const edited = draft ?? (structuredClone(base) as unknown as Record<string, unknown>);
    setDraft(edited, source, {
      base,
      source,
      scenarioName: "",
      loadProblems: null,
      formVersion: store.get().formVersion + 1,
    });
  };

  const validScenario = (): Scenario | null => {
    const state = store.get();
    if (state.job || state.problems.length > 0) return null;
    return structuredClone(state.draft) as unknown as Scenario;
  };

  const actions: AppActions = {
    setLocale(locale) {
      store.set({ locale });
    },
    setTab(tab) {
      store.set({ tab });
    },
    loadBundled(name) {
      try {
        useScenario(loadBundledScenario(name), bundledSource(name));
      } catch (error) {
        store.set({
          loadProblems: {
            title: translate(store.get().locale, "scenario.loadFailed", { file: scenarioPath(name) }),
            messages: errorMessages(error),
          },
        });
      }
    },
    loadFile(file) {
      // Loaded beside the bundled scenarios (so `extends` finds them), but named by its real file name.
      const path = scenarioPath(file.name.replace(/\.json$/i, ""));
      const realName = (item: MessageText) =>
        typeof item === "string" ? item : mapMessageText(item, (text) => text.replaceAll(path, file.name));
      try {
        const scenario = resolveScenario(path, scenarioReader({ [path]: file.text }));
        useScenario(scenario, { name: file.name, file: file.name, bundled: false });
      } catch (error) {
        store.set({
          loadProblems: {
            title: translate(store.get().locale, "scenario.loadFailed", { file: file.name }),
            messages: errorMessages(error).map(realName),
          },
        });
      }
    },
    resetScenario() {
      const state = store.get();
      useScenario(state.base, state.source);
    },
    setField(path, value, reshape = false) {
      const state = store.get();
      if (state.job) return; // fields are locked while a job runs
      setDraft(
        setAt(state.draft, path, value),
        state.source,
        reshape ? { formVersion: state.formVersion + 1 } : {},
      );
    },
    setScenarioName(name) {
      if (!store.get().job) store.set({ scenarioName: name });
    },
    async simulate() {
      const valid = validScenario();
      if (!valid) return;
      const state = store.get();
      const scenario: Scenario = { ...valid, name: nameOfA(state) };
      const record = runRecord(
        scenario,
        state.base,
        state.source.file,
        scenario.simulation,
        namesOf(state, nameOfA),
      );
      store.set({ simulate: { status: "running" }, tab: "results" });
      try {
        store.set({
          simulate: {
            status: "done",
            value: await simulationResults(
              store,
              jobs,
              "simulate",
              { scenario, record },
              undefined,
              (partial) => store.set({ simulate: { status: "running", partial } }),
            ),
          },
        });
      } catch (error) {
        store.set({ simulate: failure(error) });
      }
    },
    setCompareName(name) {
      try {
        const draft = structuredClone(loadBundledScenario(name)) as unknown as Record<string, unknown>;
        store.set({
          compareName: name,
          compareLabel: "",
          compareDraft: draft,
          compareProblems: checkScenario(draft, scenarioPath(name)),
        });
      } catch (error) {
        store.set({
          compareName: name,
          compareDraft: null,
          compareProblems: errorMessages(error).map((item) => ({ path: [], message: item })),
        });
      }
    },
    setCompareLabel(name) {
      if (!store.get().job) store.set({ compareLabel: name });
    },
    setCompareField(path, value) {
      const state = store.get();
      if (!state.compareDraft || state.job) return;
      const draft = setAt(state.compareDraft, path, value);
      store.set({
        compareDraft: draft,
        compareProblems: checkScenario(draft, scenarioPath(state.compareName)),
      });
    },
    async compare() {
      const valid = validScenario();
      const state = store.get();
      if (!valid || !state.compareDraft || state.compareProblems.length > 0) return;
      const scenario: Scenario = { ...valid, name: nameOfA(state) };
      const second: Scenario = {
        ...(structuredClone(state.compareDraft) as unknown as Scenario),
        name: nameOfB(state),
      };
      const record = runRecord(
        scenario,
        state.base,
        state.source.file,
        scenario.simulation,
        namesOf(state, nameOfA),
      );
      const compareRecord = runRecord(
        second,
        bundledScenario(state.compareName),
        scenarioPath(state.compareName),
        scenario.simulation,
        namesOf(state, nameOfB),
      );
      store.set({ compare: { status: "running" } });
      try {
        store.set({
          compare: {
            status: "done",
            value: await simulationResults(
              store,
              jobs,
              "compare",
              { scenario, record },
              { scenario: second, record: compareRecord },
              (partial) => store.set({ compare: { status: "running", partial } }),
            ),
          },
        });
      } catch (error) {
        store.set({ compare: failure(error) });
      }
    },
    setSolveSetting(setting, text) {
      const solveSettings = { ...store.get().solveSettings, [setting]: text };
      store.set({ solveSettings, solveProblems: checkSolveSettings(solveSettings).problems });
    },
    async solve() {
      const scenario = validScenario();
      const { settings } = checkSolveSettings(store.get().solveSettings);
      if (!scenario || !settings) return;
      const seed = scenario.simulation.seed;
      store.set({ solve: { status: "running" }, solvePoints: [] });
      try {
        const solution = await runJob(store, jobs, "solve", null, (pool, signal) =>
          solveFee(scenario, { ...settings, seed, signal }, pool, (point) => {
            const job = store.get().job;
            store.set({
              solvePoints: [...store.get().solvePoints, point],
              ...(job ? { job: { ...job, steps: job.steps + 1 } } : {}),
            });
          }),
        );
        store.set({ solve: { status: "done", value: { solution, scenario, ...settings, seed } } });
      } catch (error) {
        store.set({ solve: failure(error) });
      }
    },
    cancel() {
      jobs.cancel();
    },
    setReplayFile(kind, file) {
      store.set(kind === "members" ? { replayMembers: file } : { replayClaims: file });
    },
    setReplaySecond(name) {
      store.set({ replaySecond: name });
    },
    replay() {
      const state = store.get();
      const scenario = state.problems.length === 0 ? (state.draft as unknown as Scenario) : null;
      if (!scenario || !state.replayMembers || !state.replayClaims) return;
      try {
        const second = state.replaySecond ? loadBundledScenario(state.replaySecond) : undefined;
        const replay = replayClaims(
          {
            members: { name: state.replayMembers.name, text: state.replayMembers.text },
            claims: { name: state.replayClaims.name, text: state.replayClaims.text },
          },
          scenario,
          second,
          { locale: state.locale },
        );
        store.set({
          replay: {
            status: "done",
            value: { replay, names: [scenario.name, ...(second ? [second.name] : [])] },
          },
        });
      } catch (error) {
        store.set({ replay: failure(error) });
      }
    },
    applyHash(hash) {
      let shared;
      try {
        shared = decodeShareHash(hash);
      } catch (error) {
        store.set({
          loadProblems: {
            title: translate(store.get().locale, "scenario.linkFailed"),
            messages: errorMessages(error),
          },
        });
        return false;
      }
      if (!shared) return false;
      store.set({ locale: shared.locale });
      let base: Scenario;
      try {
        base = loadBundledScenario(shared.base);
      } catch (error) {
        store.set({
          loadProblems: {
            title: translate(shared.locale, "scenario.linkFailed"),
            messages: errorMessages(error),
          },
        });
        return false;
      }
      useScenario(base, bundledSource(shared.base), sharedDraft(base, shared));
      if (shared.compare) {
        actions.setCompareName(shared.compare.base);
        const compareBase = store.get().compareDraft;
        if (compareBase && shared.compare.overrides !== undefined) {
          const draft = mergeScenario(compareBase, shared.compare.overrides) as Record<string, unknown>;
          store.set({
            compareDraft: draft,
            compareProblems: checkScenario(draft, scenarioPath(shared.compare.base)),
          });
        }
        store.set({ compareLabel: shared.compare.name ?? "" });
      }
      if (shared.solve) actions.setSolveSetting("targetRuin", shared.solve.targetRuin);
      if (shared.solve) actions.setSolveSetting("paths", shared.solve.paths);
      if (shared.solve) actions.setSolveSetting("years", shared.solve.years);
      store.set({
        scenarioName: shared.name ?? "",
        shareExtensions: shared.extensions ?? {},
        ...(shared.tab && isKnownTab(shared.tab) ? { tab: shared.tab } : {}),
      });
      return true;
    },
    analyse(work) {
      const a = validScenario();
      const state = store.get();
      if (!a || !state.compareDraft || state.compareProblems.length > 0) return null;
      const b = structuredClone(state.compareDraft) as unknown as Scenario;
      return runJob(store, jobs, "compare", null, (pool, signal) => work(a, b, pool, signal));
    },
    shareHash() {
      return shareHashOf(store.get());
    },
  };
  return actions;
}
