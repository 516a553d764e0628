import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseMergeArgs } from "../../src/cli/merge-command.ts";
import { parseOptions } from "../../src/cli/parse-options.ts";
import { SIMULATE_OPTIONS } from "../../src/cli/simulate-command.ts";
import { parseShard } from "../../src/sim/shard-block.ts";
import { runCli } from "../cli/run-cli.ts";

interface Container {
  command: string[];
  args: string[];
  volumeMounts: { name: string; mountPath: string }[];
}
interface Job {
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions?: number;
    template: {
      spec: { containers: Container[]; volumes: { persistentVolumeClaim: { claimName: string } }[] };
    };
  };
}

function readManifest(file: string): Job {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  expect(documents).toHaveLength(1);
  expect(documents[0]!.errors).toEqual([]);
  return documents[0]!.toJS() as Job;
}

/** The argv a `sh -c` container line runs after `exec npx huzhu` (words split on spaces; no quoting used). */
function huzhuArgv(script: string): string[] {
  expect(script).not.toMatch(/["'`;|&<>\\]/);
  const words = script.trim().split(/\s+/);
  expect(words.slice(0, 3)).toEqual(["exec", "npx", "huzhu"]);
  return words.slice(3);
}

const option = (argv: string[], name: string) => argv[argv.lastIndexOf(name) + 1]!;

describe("deploy/kubernetes: the Indexed Job and the merge step", () => {
  const simulate = readManifest("deploy/kubernetes/simulate-job.yaml");
  const merge = readManifest("deploy/kubernetes/merge-job.yaml");
  const volume = parseAllDocuments(
    readFileSync("deploy/kubernetes/results-volume.yaml", "utf8"),
  )[0]!.toJS() as {
    kind: string;
    metadata: { name: string };
    spec: { accessModes: string[] };
  };
  const completions = simulate.spec.completions!;
  const container = simulate.spec.template.spec.containers[0]!;
  const script = container.args[0]!;
  /** Pod `index`'s argv: the shell's $((JOB_COMPLETION_INDEX + 1)) evaluated as sh does. */
  const podArgv = (index: number) =>
    huzhuArgv(script.replaceAll("$((JOB_COMPLETION_INDEX + 1))", String(index + 1)));

  it("is an Indexed Job whose pods run shards 1..N of N on a shared ReadWriteMany volume", () => {
    expect(simulate).toMatchObject({ kind: "Job", spec: { completionMode: "Indexed" } });
    expect(container.command).toEqual(["sh", "-c"]);
    expect(script.replaceAll("$((JOB_COMPLETION_INDEX + 1))", "")).not.toContain("$");
    expect(volume).toMatchObject({ kind: "PersistentVolumeClaim", spec: { accessModes: ["ReadWriteMany"] } });
    for (const job of [simulate, merge]) {
      expect(job.spec.template.spec.volumes[0]!.persistentVolumeClaim.claimName).toBe(volume.metadata.name);
      expect(job.spec.template.spec.containers[0]!.volumeMounts[0]!.mountPath).toBe("/results");
    }
    const seen = new Set<number>();
    for (let index = 0; index < completions; index++) {
      const argv = podArgv(index);
      expect(argv[0]).toBe("simulate");
      // The same option parser as the CLI: an unknown option or a missing value would throw here.
      const options = parseOptions(argv.slice(1), SIMULATE_OPTIONS);
      const paths = Number(options.values.get("--paths")![0]);
      const shard = parseShard(options.values.get("--shard")![0]!, paths);
      expect(shard).toEqual({ index: index + 1, count: completions });
      seen.add(shard.index);
      expect(options.values.get("--out")).toEqual([`/results/shard-${index + 1}.arrow`]);
      expect(existsSync(options.values.get("--scenario")![0]!)).toBe(true);
    }
    expect(seen.size).toBe(completions);
    const mergeArgv = huzhuArgv(merge.spec.template.spec.containers[0]!.args[0]!);
    expect(mergeArgv[0]).toBe("merge");
    const { files, options } = parseMergeArgs(mergeArgv.slice(1));
    expect(files).toEqual(["/results/shard-*.arrow"]);
    expect(options.values.get("--out")).toEqual(["/results/results.json"]);
  });

  it("runs its real command lines (fewer paths, one year, a temporary folder) to the same bytes as one run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-k8s-"));
    const small = ["--paths", String(completions), "--years", "1"];
    const local = (argv: string[]) => argv.map((word) => word.replace("/results", dir));
    for (let index = 0; index < completions; index++) {
      const { code, stderr } = await runCli([...local(podArgv(index)), ...small]);
      expect(code, stderr).toBe(0);
    }
    const mergeArgv = local(huzhuArgv(merge.spec.template.spec.containers[0]!.args[0]!));
    const shards = readdirSync(dir)
      .filter((file) => /^shard-\d+\.arrow$/.test(file))
      .map((file) => join(dir, file));
    expect(shards).toHaveLength(completions);
    const merged = await runCli([...mergeArgv.filter((word) => !word.includes("*")), ...shards]);
    expect(merged.code, merged.stderr).toBe(0);
    const whole = join(dir, "whole.json");
    const pod = podArgv(0);
    const one = await runCli([
      "simulate",
      ...["--scenario", option(pod, "--scenario"), "--seed", option(pod, "--seed")],
      ...small,
      ...["--threads", "1", "--out", whole],
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(readFileSync(join(dir, "results.json"), "utf8")).toBe(readFileSync(whole, "utf8"));
  }, 300_000);
});

describe("deploy/parallel/run.sh: the same recipe with GNU parallel", () => {
  const script = readFileSync("deploy/parallel/run.sh", "utf8");

  it("runs huzhu simulate with options the CLI accepts, one shard per job, then huzhu merge", () => {
    const line = script.match(/npx huzhu simulate .*/)![0];
    const argv = line
      .replaceAll('"$SCENARIO"', "scenarios/inner-mongolia-2025.json")
      .replaceAll('"$PATHS"', "1000")
      .replaceAll('"$YEARS"', "10")
      .replaceAll('"$SEED"', "1")
      .replaceAll('"$SHARDS"', "4")
      .replaceAll('"$OUT"', "out")
      .replaceAll("{}", "3")
      .split(/\s+/)
      .slice(2);
    expect(argv[0]).toBe("simulate");
    const options = parseOptions(argv.slice(1), SIMULATE_OPTIONS);
    expect(parseShard(options.values.get("--shard")![0]!, 1000)).toEqual({ index: 3, count: 4 });
    expect(options.values.get("--out")).toEqual(["out/shard-3.arrow"]);
    const mergeArgv = script
      .match(/npx huzhu merge .*/)![0]
      .replaceAll('"$OUT"', "out")
      .split(/\s+/)
      .slice(2);
    expect(mergeArgv[0]).toBe("merge");
    expect(parseMergeArgs(mergeArgv.slice(1)).files).toEqual(["out/shard-*.arrow"]);
  });

  const hasParallel = spawnSync("parallel", ["--version"]).status === 0;
  it.skipIf(!hasParallel)(
    "runs with GNU parallel to the same bytes as one run",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "huzhu-parallel-"));
      const scenario = "scenarios/inner-mongolia-2025.json";
      const run = spawnSync("sh", ["deploy/parallel/run.sh", scenario, "5", "1", "4", "3", dir, "2"], {
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      const whole = join(dir, "whole.json");
      const one = await runCli([
        ...["simulate", "--scenario", scenario, "--paths", "5", "--years", "1", "--seed", "4"],
        ...["--threads", "1", "--out", whole],
      ]);
      expect(one.code, one.stderr).toBe(0);
      expect(readFileSync(join(dir, "results.json"), "utf8")).toBe(readFileSync(whole, "utf8"));
    },
    300_000,
  );
});
