import { renderMessage } from "../../../src/messages.ts";
// The workbench's actions without a browser: the state, validation, runs on the inline pool, the link.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../../src/risk/summarize-run.ts";
import { mergeScenario } from "../../../src/scenario/merge-scenario.ts";
import type { Scenario } from "../../../src/scenario/types.ts";
import { createInlinePool } from "../../../src/sim/inline-pool.ts";
import { CancelledError, runSimulation } from "../../../src/sim/run-simulation.ts";
import type { WorkerPool } from "../../../src/sim/worker-pool.ts";
import { createActions } from "../../../src/ui/shell/app-actions.ts";
import { initialState } from "../../../src/ui/shell/initial-state.ts";
import type { AppState } from "../../../src/ui/shell/app-state.ts";
import { createJobRunner } from "../../../src/ui/run/job-runner.ts";
import { createStore } from "../../../src/ui/shell/store.ts";
import { translate } from "../../../src/ui/shell/i18n.ts";
import { scenario } from "../results/sample-run.ts";

function workbench(makePool: () => WorkerPool = createInlinePool) {
  const store = createStore<AppState>(initialState(1));
  return { store, actions: createActions(store, createJobRunner(makePool)) };
}

describe("workbench actions", () => {
  it("open on Inner Mongolia 2025, valid and ready to run", () => {
    const { store } = workbench();
    const state = store.get();
    expect(state.source).toEqual({
      name: "inner-mongolia-2025",
      file: "scenarios/inner-mongolia-2025.json",
      bundled: true,
    });
    expect(state.draft).toEqual(scenario);
    expect(state.problems).toEqual([]);
    expect(state.locale).toBe("zh");
  });

  it("flag an invalid field and refuse to run until it is fixed", async () => {
    const { store, actions } = workbench();
    actions.setField(["policy", "fees", "active"], "abc");
    expect(renderMessage(store.get().problems[0]!.message, "en")).toBe(
      "scenarios/inner-mongolia-2025.json: policy.fees.active: expected number",
    );
    expect(renderMessage(store.get().problems[0]!.message, "zh")).toBe(
      "scenarios/inner-mongolia-2025.json：policy.fees.active：应为数字",
    );
    await actions.simulate();
    expect(store.get().simulate.status).toBe("idle");
  });

  it("run the edited scenario to the same summary as runSimulation + summarizeRun", async () => {
    const { store, actions } = workbench();
    actions.setField(["policy", "inpatient", "cap"], 250_000);
    actions.setField(["simulation", "paths"], 5);
    actions.setField(["simulation", "years"], 2);
    const jobs: (string | null)[] = [];
    store.subscribe((state, changed) => changed.has("job") && jobs.push(state.job?.kind ?? null));
    await actions.simulate();
    const outcome = store.get().simulate;
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    const edited = mergeScenario(scenario, {
      policy: { inpatient: { cap: 250_000 } },
      simulation: { paths: 5, years: 2 },
    }) as Scenario;
    const expected = summarizeRun(
      await runSimulation({ scenario: edited, paths: 5, years: 2, seed: 1 }, createInlinePool()),
    );
    // The run is named after its change, and that name is the summary's (so exports tell runs apart).
    expect(outcome.value.record.name).toBe("内蒙古 2025（第七期） · 封顶 25万");
    expect(JSON.stringify(outcome.value.summary)).toBe(
      JSON.stringify({ ...expected, scenario: outcome.value.record.name }),
    );
    expect(outcome.value.lossRatio).toHaveLength(10);
    expect(jobs[0]).toBe("simulate");
    expect(jobs.at(-1)).toBeNull();
  });

  it("say a cancelled run was cancelled and keep no results", async () => {
    const { store, actions } = workbench();
    actions.setField(["simulation", "paths"], 400);
    const running = actions.simulate();
    actions.cancel();
    await running;
    expect(store.get().simulate).toEqual({ status: "cancelled" });
    expect(store.get().job).toBeNull();
  });

  it("write a link that brings back the scenario, settings and language", () => {
    const first = workbench();
    first.actions.setField(["policy", "inpatient", "cap"], 250_000);
    first.actions.setField(["simulation", "seed"], 9);
    first.actions.setLocale("en");
    const hash = first.actions.shareHash();
    expect(hash).toContain("s=inner-mongolia-2025");

    const second = workbench();
    expect(second.actions.applyHash(hash)).toBe(true);
    expect(second.store.get().draft).toEqual(first.store.get().draft);
    expect(second.store.get().locale).toBe("en");
  });

  it("write a link that brings back a comparison: scenario B with its edits and name, the tab, the solver", () => {
    const first = workbench();
    first.actions.setCompareName("inner-mongolia-2025");
    first.actions.setCompareField(["policy", "fees", "active"], 90);
    first.actions.setCompareLabel("fee 90");
    first.actions.setSolveSetting("targetRuin", "0.01");
    first.actions.setTab("compare");
    const hash = first.actions.shareHash();

    const second = workbench();
    expect(second.actions.applyHash(hash)).toBe(true);
    const [a, b] = [first.store.get(), second.store.get()];
    expect(b.compareName).toBe("inner-mongolia-2025");
    expect(b.compareDraft).toEqual(a.compareDraft);
    expect((b.compareDraft as { policy: { fees: { active: number } } }).policy.fees.active).toBe(90);
    expect(b.compareLabel).toBe("fee 90");
    expect(b.compareProblems).toEqual([]);
    expect(b.tab).toBe("compare");
    expect(b.solveSettings.targetRuin).toBe("0.01");
  });

  it("show the loader's messages for a broken file, named by its real name, and keep the scenario in the form", () => {
    const { store, actions } = workbench();
    actions.loadFile({
      name: "bad.json",
      text: JSON.stringify({ extends: "./inner-mongolia-2025.json", policy: { fees: { active: -5 } } }),
    });
    const messages = store.get().loadProblems?.messages ?? [];
    expect(messages.map((item) => renderMessage(item, "en"))).toEqual([
      "bad.json: policy.fees.active: expected a value of at least 0",
    ]);
    expect(messages.map((item) => renderMessage(item, "zh"))).toEqual([
      "bad.json：policy.fees.active：应不小于 0",
    ]);
    expect(store.get().draft).toEqual(scenario);
  });

  it("keep a failed load's title as a text key and its messages as codes, so a language switch rewrites them", () => {
    const { store, actions } = workbench();
    actions.loadFile({ name: "bad.json", text: "{" });
    const problems = store.get().loadProblems;
    expect(problems?.title).toEqual({ key: "scenario.loadFailed", params: { file: "bad.json" } });
    actions.setLocale("en");
    expect(translate("en", problems!.title.key, problems!.title.params)).toBe("Could not load bad.json:");
    expect(translate("zh", problems!.title.key, problems!.title.params)).toBe("无法载入 bad.json：");
  });

  it("name the link that failed by a text key too", () => {
    const { store, actions } = workbench();
    expect(actions.applyHash("#s=no-such-scenario&paths=40&years=3&seed=1&lang=en")).toBe(false);
    expect(store.get().loadProblems?.title).toEqual({ key: "scenario.linkFailed" });
  });

  it("load a good file that extends a bundled scenario", () => {
    const { store, actions } = workbench();
    actions.loadFile({
      name: "mine.json",
      text: JSON.stringify({
        extends: "./inner-mongolia-2025.json",
        name: "Mine",
        policy: { fees: { active: 90 } },
      }),
    });
    expect(store.get().loadProblems).toBeNull();
    expect(store.get().source).toEqual({ name: "mine.json", file: "mine.json", bundled: false });
    expect((store.get().draft as unknown as Scenario).policy.fees.active).toBe(90);
    // A link to an uploaded scenario is written over the default scenario.
    expect(actions.shareHash()).toContain("s=inner-mongolia-2025");
  });
});

describe("claims replay", () => {
  it("writes the explanations in the page's language: Chinese by default, English after switching", () => {
    const { store, actions } = workbench();
    const file = (name: string) => ({ name, text: readFileSync(`test/fixtures/claims/${name}`, "utf8") });
    actions.setReplayFile("members", file("members.csv"));
    actions.setReplayFile("claims", file("claims.csv"));
    const replayed = () => {
      actions.replay();
      const outcome = store.get().replay;
      if (outcome.status !== "done") throw new Error(`replay ${outcome.status}`);
      return outcome.value.replay;
    };
    const chinese = replayed();
    expect(chinese.locale).toBe("zh");
    expect(chinese.adjudications[0]!.explanation.at(-1)).toMatch(/^实付：/);
    actions.setLocale("en");
    const english = replayed();
    expect(english.locale).toBe("en");
    expect(english.adjudications[0]!.explanation.at(-1)).toMatch(/^Payout: /);
    expect(english.summary).toEqual(chinese.summary);
  });
});

describe("job runner", () => {
  it("rejects with CancelledError when cancelled, and runs the next job on a fresh pool", async () => {
    let pools = 0;
    const jobs = createJobRunner(() => {
      pools++;
      return createInlinePool();
    });
    const never = jobs.run(
      (_, signal) =>
        new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("stopped")))),
      () => {},
    );
    jobs.cancel();
    await expect(never).rejects.toBeInstanceOf(CancelledError);
    await expect(
      jobs.run(
        async () => 42,
        () => {},
      ),
    ).resolves.toBe(42);
    expect(pools).toBe(2);
  });
});
