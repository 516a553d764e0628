// `--out` is checked before any work, a failed write leaves no `.partial-PID` file, and Ctrl-C (SIGINT,
// to huzhu or to the npx in front of it) prints "cancelled", exits 130 and leaves no file and no process.
// The signal tests run the real binary in a child process; they wait for huzhu to say it has started and
// allow generous time to stop, and assert nothing about speed.
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const SCENARIO = "scenarios/inner-mongolia-2025.json";
const folder = () => mkdtempSync(join(tmpdir(), "huzhu-out-"));
const LONG_RUN = [
  "simulate",
  "--scenario",
  SCENARIO,
  "--paths",
  "1000000",
  "--years",
  "50",
  "--threads",
  "2",
];

describe("--out is checked before any work", () => {
  it("a missing folder is exit 2 naming the option", async () => {
    const out = join(folder(), "nope", "out.json");
    const { code, stderr } = await runCli([...LONG_RUN, "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${out}: the folder does not exist`);
  });

  it("a folder is exit 2, and no .partial file is left", async () => {
    const dir = folder();
    mkdirSync(join(dir, "results"));
    const { code, stderr } = await runCli([...LONG_RUN, "--out", join(dir, "results")]);
    expect(code).toBe(2);
    expect(stderr).toContain("is a folder; expected a file name");
    expect(readdirSync(dir)).toEqual(["results"]);
  });

  it.skipIf(process.getuid?.() === 0)("a read-only folder is exit 2", async () => {
    const dir = folder();
    chmodSync(dir, 0o555);
    const { code, stderr } = await runCli([...LONG_RUN, "--out", join(dir, "out.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot be written");
  });

  it("benefit checks --out before reading the files", async () => {
    const out = join(folder(), "missing", "x.csv");
    const { code, stderr } = await runCli([
      "benefit",
      "--scenario",
      SCENARIO,
      "--members",
      "no.csv",
      "--claims",
      "no.csv",
      "--out",
      out,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("the folder does not exist");
  });
});

/** Resolves when `child` has written `text` to stderr (collected in `log.text`). */
function waitFor(child: ChildProcess, log: { text: string }, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (log.text.includes(text)) resolve();
    };
    child.stderr!.on("data", (chunk: Buffer) => {
      log.text += chunk.toString();
      check();
    });
    child.once("exit", () =>
      log.text.includes(text) ? resolve() : reject(new Error(`exited: ${log.text}`)),
    );
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("cancelling with Ctrl-C", () => {
  it("SIGINT to huzhu simulate prints cancelled, exits 130 and writes no file", async () => {
    const dir = folder();
    const child = spawn(process.execPath, ["bin/huzhu.js", ...LONG_RUN, "--out", join(dir, "out.json")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const log = { text: "" };
    await waitFor(child, log, "Ctrl-C cancels");
    child.kill("SIGINT");
    expect(await exited(child)).toBe(130);
    expect(log.text).toContain("huzhu simulate: cancelled");
    expect(log.text).not.toContain("internal error");
    expect(readdirSync(dir)).toEqual([]);
  }, 180_000);

  it("stopping the npx in front of huzhu stops huzhu too, with no file left", async () => {
    const dir = folder();
    // A stand-in for npx: starts huzhu as its child, says the child's pid, and is then killed outright.
    const launcher = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").spawn(process.execPath, ${JSON.stringify(["bin/huzhu.js", ...LONG_RUN, "--out", join(dir, "out.json")])}, { stdio: ["ignore", "ignore", "inherit"] });
         process.stderr.write("child " + c.pid + "\\n"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    const log = { text: "" };
    await waitFor(launcher, log, "Ctrl-C cancels");
    const pid = Number(/child (\d+)/.exec(log.text)![1]);
    launcher.kill("SIGKILL");
    await exited(launcher);
    for (let waited = 0; alive(pid) && waited < 120_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 180_000);
});
