import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../../src/scenario/merge-scenario.ts";
import { createInlinePool } from "../../../src/sim/inline-pool.ts";
import { CancelledError } from "../../../src/sim/run-simulation.ts";
import type { WorkerPool } from "../../../src/sim/worker-pool.ts";
import { calibratingJobRunner } from "../../../src/ui/run/calibrating-job-runner.ts";
import { compareRunEstimate, draftRunEstimate } from "../../../src/ui/run/draft-run-estimate.ts";
import { createJobRunner } from "../../../src/ui/run/job-runner.ts";
import {
  claimRateOf,
  estimateSeconds,
  roundEstimate,
  runClaims,
  runEstimateText,
} from "../../../src/ui/run/run-time-estimate.ts";
import { measureClaimRate, SPEED_TEST_SEED } from "../../../src/ui/run/speed-test.ts";

/** 20,000 members claiming 0.12 × 0.3 = 0.036 stays a year: 720 expected claims a path-year. */
const fixture = loadScenario("test/fixtures/exact-check.json");

describe("the run-time estimate: claims drawn ÷ claims a second", () => {
  it("multiplies claims a path-year by paths and years, over the scenarios simulated", () => {
    expect(runClaims([720], 1000, 10)).toBe(7_200_000);
    expect(runClaims([720, 1080], 100, 3)).toBe(540_000);
  });

  it("gives the time at an injected rate: 64,000 claims × 1,000 paths × 10 years at 5 M/s is 128 s", () => {
    expect(estimateSeconds(runClaims([64_000], 1000, 10), 5_000_000)).toBe(128);
    // Ten times the paths, ten times the time; twice the rate, half.
    expect(estimateSeconds(runClaims([64_000], 10_000, 10), 5_000_000)).toBe(1280);
    expect(estimateSeconds(runClaims([64_000], 1000, 10), 10_000_000)).toBe(64);
    expect(estimateSeconds(1000, null)).toBeNull();
    expect(estimateSeconds(0, 5_000_000)).toBeNull();
  });

  it("keeps a run's rate only when it took at least a second (shorter runs are mostly fixed costs)", () => {
    expect(claimRateOf(48_000_000, 10)).toBe(4_800_000);
    expect(claimRateOf(2_000_000, 0.4)).toBeNull();
    expect(claimRateOf(0, 10)).toBeNull();
    expect(claimRateOf(1000, Number.NaN)).toBeNull();
  });

  it("rounds to steps a timing on a shared machine can promise", () => {
    expect([0.2, 7.4, 9.6, 23, 58, 128, 754, 5000].map(roundEstimate)).toEqual([
      1, 7, 10, 25, 60, 130, 780, 5100,
    ]);
  });

  it("says the time, the threads and the basis in Chinese and English, and flags runs over a minute", () => {
    expect(runEstimateText({ seconds: 7.6, threads: 2, basis: "speedTest" }, "zh")).toBe(
      "预计用时约 8 秒（2 个线程，按本机测速）",
    );
    expect(runEstimateText({ seconds: 7.6, threads: 2, basis: "speedTest" }, "en")).toBe(
      "Estimated time: about 8 s (2 threads, from a speed test on this machine)",
    );
    expect(runEstimateText({ seconds: 130, threads: 4, basis: "lastRun" }, "zh")).toBe(
      "预计用时约 2 分 10 秒（4 个线程，按上次运行的速度）：用时较长，可先用较少路径试算。",
    );
    expect(runEstimateText({ seconds: null, threads: 2, basis: null }, "zh")).toBe("在 2 个线程上运行");
  });

  it("estimates the form's scenario and follows its paths and years; none while the form has problems", () => {
    const draft = (paths: number, years: number) =>
      mergeScenario(fixture as never, { simulation: { paths, years } } as never) as unknown as Record<
        string,
        unknown
      >;
    const claimRate = { perSecond: 72_000, basis: "speedTest" as const };
    // 720 claims × 100 paths × 10 years = 720,000 claims at 72,000 a second: 10 s.
    const estimate = draftRunEstimate({ draft: draft(100, 10), problems: [], claimRate, threads: 2 });
    expect(estimate.seconds).toBeCloseTo(10, 9);
    expect(estimate).toMatchObject({ threads: 2, basis: "speedTest" });
    expect(
      draftRunEstimate({ draft: draft(100, 5), problems: [], claimRate, threads: 2 }).seconds,
    ).toBeCloseTo(5, 9);
    expect(
      draftRunEstimate({ draft: draft(200, 10), problems: [], claimRate, threads: 2 }).seconds,
    ).toBeCloseTo(20, 9);
    const problem = { path: ["simulation", "paths"], message: { en: "x", zh: "x" } };
    expect(
      draftRunEstimate({ draft: draft(100, 10), problems: [problem] as never, claimRate, threads: 2 })
        .seconds,
    ).toBeNull();
    expect(
      draftRunEstimate({ draft: draft(100, 10), problems: [], claimRate: null, threads: 2 }).seconds,
    ).toBeNull();
  });
});

describe("the comparison's estimate", () => {
  const asDraft = (override: Record<string, unknown>) =>
    mergeScenario(fixture as never, override as never) as unknown as Record<string, unknown>;
  const a = asDraft({ simulation: { paths: 100, years: 10 } });
  const claimRate = { perSecond: 72_000, basis: "lastRun" as const };
  const state = (compareDraft: Record<string, unknown> | null, compareProblems: unknown[] = []) => ({
    draft: a,
    problems: [],
    compareDraft,
    compareProblems: compareProblems as never,
    claimRate,
    threads: 2,
  });

  it("adds B's claims over A's paths and years: (720 + 1,440) × 100 × 10 at 72,000 a second is 30 s", () => {
    const b = asDraft({
      assumptions: { membership: { regions: [{ name: "Test region", members: 40_000 }] } },
    });
    expect(compareRunEstimate(state(b)).seconds).toBeCloseTo(30, 9);
  });

  it("counts A alone when B differs only in the fund (its figures are replayed on A's draws): 10 s", () => {
    const b = asDraft({ assumptions: { fund: { openingBalance: 1 } } });
    expect(compareRunEstimate(state(b)).seconds).toBeCloseTo(10, 9);
  });

  it("gives none while B has problems or there is no B", () => {
    expect(compareRunEstimate(state(a, [{ path: ["x"] }])).seconds).toBeNull();
    expect(compareRunEstimate(state(null)).seconds).toBeNull();
  });
});

describe("the speed test", () => {
  it("times the second run only and divides the expected claims drawn by its seconds (injected clock)", async () => {
    const pool = createInlinePool();
    const requests: { paths: number; seed: number }[] = [];
    const watched: WorkerPool = {
      size: 2,
      run: (request, onPath) => {
        requests.push({ paths: request.pathEnd - request.pathStart, seed: request.seed });
        return pool.run(request, onPath);
      },
      terminate: () => pool.terminate(),
    };
    const clock = [1000, 3000]; // the timed run takes 2 s
    const rate = await measureClaimRate(watched, fixture, new AbortController().signal, () => clock.shift()!);
    // Warm-up: one path per thread (2); timed: 4 per thread (8) of one year: 8 × 720 claims in 2 s.
    expect(requests.reduce((sum, request) => sum + request.paths, 0)).toBe(2 + 8);
    expect(rate).toBeCloseTo((8 * 720) / 2, 6);
    // Its own seed, never the scenario's.
    expect(new Set(requests.map((request) => request.seed))).toEqual(new Set([SPEED_TEST_SEED]));
  });
});

/** A pool whose chunks never finish: the jobs below never use it, they finish when the test says so. */
function manualPool(): WorkerPool {
  return { size: 1, run: () => new Promise(() => undefined), terminate: () => undefined };
}

describe("calibratingJobRunner", () => {
  it("makes a job started during the background job wait for it, then run", async () => {
    const jobs = calibratingJobRunner(createJobRunner(manualPool));
    const order: string[] = [];
    let finish: () => void = () => undefined;
    const background = jobs.background(
      () =>
        new Promise<string>((resolve) => {
          finish = () => {
            order.push("background done");
            resolve("rate");
          };
        }),
    );
    const user = jobs.run(
      async () => {
        order.push("user job");
        return 42;
      },
      () => undefined,
    );
    await Promise.resolve();
    expect(order).toEqual([]);
    finish();
    await expect(background).resolves.toBe("rate");
    await expect(user).resolves.toBe(42);
    expect(order).toEqual(["background done", "user job"]);
  });

  it("does not start a background job while a job runs", async () => {
    const jobs = calibratingJobRunner(createJobRunner(manualPool));
    let finish: () => void = () => undefined;
    const user = jobs.run(
      () => new Promise<number>((resolve) => (finish = () => resolve(1))),
      () => undefined,
    );
    await expect(jobs.background(async () => "rate")).resolves.toBeNull();
    finish();
    await expect(user).resolves.toBe(1);
  });

  it("cancels a job waiting for the background job, and the background job with it", async () => {
    const jobs = calibratingJobRunner(createJobRunner(manualPool));
    const background = jobs.background(
      (_pool, signal) =>
        new Promise<string>((_, reject) =>
          signal.addEventListener("abort", () => reject(new Error("stopped"))),
        ),
    );
    const user = jobs.run(
      async () => 42,
      () => undefined,
    );
    await Promise.resolve();
    jobs.cancel();
    await expect(user).rejects.toBeInstanceOf(CancelledError);
    await expect(background).rejects.toBeInstanceOf(CancelledError);
  });
});
