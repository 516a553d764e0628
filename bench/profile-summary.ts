/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) by self time per function, biggest first:
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/profile-run.ts
 *   npx tsx bench/profile-summary.ts prof/*.cpuprofile [--top 25] [--under runPaths]
 * Self time of a function is the time the sampled stack had it on top (its own code, not its callees);
 * shares are of the busy time (idle samples left out). `--under F` counts only samples taken inside a call
 * of a function named F (e.g. the simulation, leaving out module loading).
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const topIndex = args.indexOf("--top");
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
const underIndex = args.indexOf("--under");
const under = underIndex >= 0 ? args[underIndex + 1] : undefined;
const files = args.filter(
  // An option's value is not a file (with no --top, index 0 is a file: topIndex + 1 is 0).
  (arg, index) =>
    !arg.startsWith("--") &&
    (topIndex < 0 || index !== topIndex + 1) &&
    (underIndex < 0 || index !== underIndex + 1),
);
const selfTime = new Map<string, number>();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inside = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)!.callFrame.functionName === under) return true;
    return false;
  };
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*\/(src|bench|node_modules)\//, "$1/")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    const delta = profile.timeDeltas[index] ?? 0;
    if (functionName === "(idle)") return; // waiting, not working: left out of the shares
    if (under !== undefined && !inside(id)) return;
    selfTime.set(key, (selfTime.get(key) ?? 0) + delta);
    total += delta;
  });
}
const rows = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(
  `self time by function, ${(total / 1e6).toFixed(2)} s busy, sampled in ${files.length} profile(s)`,
);
for (const [key, micros] of rows)
  console.log(
    `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1e3).toFixed(0).padStart(7)} ms  ${key}`,
  );
