// Property-based fuzzing of the command line's inputs (issue 7), in-process through `main(argv, io)`:
// mutated scenario files through `huzhu simulate` and mutated claims files through `huzhu benefit`.
// Every run must end in exit 0 or 2 (never 1, never a throw); a refusal names the file and the field or
// row; an accepted run has no NaN or Infinity in its figures; rows out = records in, counted by an
// independent reader (d3-dsv). The seed is fixed and printed, so a failure reproduces.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParseRows } from "d3-dsv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";

const SEED = 20261129;
const dir = mkdtempSync(join(tmpdir(), "huzhu-fuzz-"));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

// ---- Scenarios -------------------------------------------------------------------------------------

/** Inner Mongolia 2025, resolved, with a tiny membership so that an accepted run takes milliseconds. */
const base = (() => {
  const scenario = structuredClone(loadScenario("scenarios/inner-mongolia-2025.json")) as unknown as Record<
    string,
    unknown
  >;
  const membership = (scenario.assumptions as { membership: Record<string, unknown> }).membership;
  membership.regions = [
    { name: "A", members: 150 },
    { name: "B", members: 50 },
  ];
  return scenario;
})();

type Path = (string | number)[];
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [index, item] as const)
      : Object.entries(value);
    return [path, ...entries.flatMap(([key, item]) => leafPaths(item, [...path, key]))];
  }
  return [path];
}
const PATHS = leafPaths(base).filter((path) => path.length > 0);

/** Raw JSON put in place of a value (`1e999` parses to Infinity). */
const REPLACEMENTS = [
  "-1",
  "0",
  "0.5",
  "1.5",
  "2",
  "7",
  "1e999",
  "-1e999",
  "1e13",
  '"x"',
  "null",
  "true",
  "[]",
  "{}",
  '{"cap": 1000}',
  "-0.000000001",
];

type Mutation =
  | { kind: "replace"; path: number; raw: number }
  | { kind: "delete"; path: number }
  | { kind: "prototype"; path: number; key: number }
  | { kind: "duplicate"; path: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("replace" as const),
    path: fc.nat(PATHS.length - 1),
    raw: fc.nat(REPLACEMENTS.length - 1),
  }),
  fc.record({ kind: fc.constant("delete" as const), path: fc.nat(PATHS.length - 1) }),
  fc.record({ kind: fc.constant("prototype" as const), path: fc.nat(PATHS.length - 1), key: fc.nat(2) }),
  fc.record({ kind: fc.constant("duplicate" as const), path: fc.nat(PATHS.length - 1) }),
);

/** The object or array holding the value at `path`, or null when an earlier mutation removed it. */
function parentOf(document: unknown, path: Path): Record<string | number, unknown> | null {
  let node = document;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === "object" ? (node as Record<string | number, unknown>) : null;
}

/** The scenario text after the mutations, and the path segments a refusal might name. */
function mutate(mutations: Mutation[], bom: boolean): { text: string; keys: string[] } {
  const document = structuredClone(base);
  const raws: string[] = [];
  const keys: string[] = [];
  for (const change of mutations) {
    const path = PATHS[change.path]!;
    const parent = parentOf(document, path);
    const last = path.at(-1)!;
    if (parent === null || !Object.hasOwn(parent, last)) continue;
    keys.push(...path.filter((key): key is string => typeof key === "string"));
    if (change.kind === "replace") {
      raws.push(REPLACEMENTS[change.raw]!);
      parent[last] = `__RAW${raws.length - 1}__`;
    } else if (change.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (change.kind === "prototype") {
      const key = ["__proto__", "constructor", "prototype"][change.key]!;
      const target = parent[last];
      if (target !== null && typeof target === "object" && !Array.isArray(target)) {
        (target as Record<string, unknown>)[`__KEY${key}__`] = { cap: 1000 };
        keys.push(key);
      }
    } else if (Array.isArray(parent)) {
      parent.push(structuredClone(parent[Number(last)]));
    }
  }
  let text = JSON.stringify(document);
  text = text.replace(/"__RAW(\d+)__"/g, (_, index: string) => raws[Number(index)]!);
  text = text.replace(/"__KEY(__proto__|constructor|prototype)__"/g, '"$1"');
  return { text: (bom ? "\uFEFF" : "") + text, keys };
}

const NON_FINITE = /NaN|Infinity/;
let fileNumber = 0;

describe("fuzz: mutated scenarios through huzhu simulate", () => {
  it("2,000 scenarios: exit 0 or 2, named refusals, finite figures, the same on 1 and 2 threads", async () => {
    console.log(`fuzz seed ${SEED} (scenarios)`);
    let accepted = 0;
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (mutations, bom) => {
          const { text, keys } = mutate(mutations, bom);
          const file = `s${fileNumber++}.json`;
          writeFileSync(join(dir, file), text);
          const args = ["simulate", "--scenario", file, "--paths", "2", "--years", "1", "--seed", "7"];
          const one = await run([...args, "--threads", "1", "--out", "one.json"]);
          expect([0, 2]).toContain(one.code);
          if (one.code === 2) {
            expect(one.stderr).toContain(file);
            const named =
              keys.some((key) => one.stderr.includes(key)) || /nested|circle|JSON/.test(one.stderr);
            expect(named, one.stderr).toBe(true);
            return;
          }
          accepted++;
          expect(one.stdout).not.toMatch(NON_FINITE);
          if (compared < 4 && accepted % 50 === 1) {
            compared++;
            const two = await run([...args, "--threads", "2", "--out", "two.json"]);
            expect(two.code).toBe(0);
            expect(readFileSync(join(dir, "two.json"), "utf8")).toBe(
              readFileSync(join(dir, "one.json"), "utf8"),
            );
          }
        },
      ),
      { seed: SEED, numRuns: 2000, endOnFailure: true },
    );
    console.log(`fuzz scenarios: ${accepted} of 2,000 accepted, ${compared} compared on 1 and 2 threads`);
    expect(accepted).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(0);
  }, 600_000);
});

// ---- Claims files ----------------------------------------------------------------------------------

const MEMBERS = `member_id,status,sex,birth_date,unit_id,period_start,period_end,allowance_years,region,products,shares
M1,active,F,1980-03-01,U1,2021-01-01,2021-12-31,2,Hohhot,special_disease;accident,2
M2,retiree,M,1955-01-01,U1,2021-01-01,2021-12-31,1,Hohhot,,
M3,active,M,1990-07-15,U2,2021-01-01,2021-12-31,3,Ordos,critical_illness,1
`;
const CLAIMS = `claim_id,member_id,kind,admission_date,discharge_date,self_pay,cause,settlement_date,filed_date
C1,M1,inpatient,2021-03-01,2021-03-10,12000,,,
C2,M1,inpatient,2021-05-01,2021-05-04,100,,,
C3,M2,inpatient,2021-06-01,2021-06-02,"1,500",,,
C4,M9,inpatient,2021-06-01,2021-06-02,100,,,
C5,M2,inpatient,2021-07-01,2021-07-09,3000,work_injury,,
C6,M3,special_disease,2021-08-01,2021-08-01,5000,,,
C7,M3,critical_illness,2021-08-01,2021-08-01,0,,,
C8,M1,accident,2021-09-01,2021-09-01,25000,,,
`;
const INSERTS = [
  '"',
  ",",
  "\n",
  "\r\n",
  "\r",
  "=",
  "0x",
  " ",
  "\uFEFF",
  "-A",
  "12,000",
  '""',
  "\n\n",
  "__proto__",
];

type Edit = { at: number; insert: number } | { at: number; remove: number } | { line: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(CLAIMS.length), insert: fc.nat(INSERTS.length - 1) }),
  fc.record({ at: fc.nat(CLAIMS.length), remove: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ line: fc.nat(9) }),
);

function applyEdits(edits: Edit[]): string {
  let text = CLAIMS;
  for (const change of edits) {
    if ("insert" in change) {
      const at = Math.min(change.at, text.length);
      text = text.slice(0, at) + INSERTS[change.insert]! + text.slice(at);
    } else if ("remove" in change) {
      text = text.slice(0, change.at) + text.slice(change.at + change.remove);
    } else {
      const lines = text.split("\n");
      lines.splice(change.line % lines.length, 0, lines[change.line % lines.length]!);
      text = lines.join("\n");
    }
  }
  return text;
}

/** Records after the header, by d3-dsv, not counting blank lines. */
const records = (text: string) =>
  csvParseRows(text.replace(/^\uFEFF/, "")).filter((row) => !(row.length === 1 && row[0]!.trim() === ""))
    .length - 1;

describe("fuzz: mutated claims files through huzhu benefit", () => {
  writeFileSync(join(dir, "members.csv"), MEMBERS);
  it("2,000 claims files: exit 0 or 2, rows out = records in, refusals name the file", async () => {
    console.log(`fuzz seed ${SEED} (claims files)`);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const text = applyEdits(edits);
        const file = `c${fileNumber++}.csv`;
        writeFileSync(join(dir, file), text);
        const args = ["benefit", "--scenario", join(process.cwd(), "scenarios/linyi-2019.json")];
        const result = await run([...args, "--members", "members.csv", "--claims", file]);
        expect([0, 2]).toContain(result.code);
        if (result.code === 2) {
          expect(result.stderr).toMatch(new RegExp(`${file}(:| line \\d+:)`));
          return;
        }
        accepted++;
        const out = csvParseRows(result.stdout);
        expect(out.length - 1).toBe(records(text));
        expect(result.stdout).not.toMatch(NON_FINITE);
        // Every text cell that a spreadsheet would run is neutralised.
        for (const row of out.slice(1))
          for (const cell of row) expect(cell).not.toMatch(/^([=+@\t\r]|-\p{L})/u);
      }),
      { seed: SEED, numRuns: 2000, endOnFailure: true },
    );
    console.log(`fuzz claims files: ${accepted} of 2,000 read`);
    expect(accepted).toBeGreaterThan(500);
  }, 600_000);
});
