// Shared builders for the policy tests: scenario policies, member periods and claims with readable dates,
// and a tiny seeded PRNG (mulberry32) so that random tests are reproducible.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CompiledPolicy, compilePolicy } from "../../src/policy/compile-policy.ts";
import { parseDay } from "../../src/policy/dates.ts";
import type { Claim, MemberPeriod } from "../../src/policy/records.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Policy } from "../../src/scenario/types.ts";

export const scenariosDir = fileURLToPath(new URL("../../scenarios/", import.meta.url));

/** Every scenario file name without `.json`, sorted. */
export const scenarioNames: string[] = readdirSync(scenariosDir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();

/** The resolved policy of `scenarios/<name>.json`, optionally changed by `tweak` (on a copy). */
export function policyOf(name: string, tweak?: (policy: Policy) => void): Policy {
  const policy = structuredClone(loadScenario(`${scenariosDir}${name}.json`).policy);
  tweak?.(policy);
  return policy;
}

export function compiledOf(name: string, tweak?: (policy: Policy) => void): CompiledPolicy {
  return compilePolicy(policyOf(name, tweak));
}

/** `YYYY-MM-DD` → day number; throws on a bad date so a typo cannot pass silently. */
export function day(text: string): number {
  const value = parseDay(text);
  if (Number.isNaN(value)) throw new Error(`bad date in test: ${text}`);
  return value;
}

export interface MemberOptions extends Partial<Omit<MemberPeriod, "birthDay" | "periodStart" | "periodEnd">> {
  born?: string;
  from?: string;
  to?: string;
}

/** A member period; by default an active woman born 1980-06-15, covered 2021-01-01 to 2021-12-31, 1st year. */
export function member(options: MemberOptions = {}): MemberPeriod {
  const { born = "1980-06-15", from = "2021-01-01", to = "2021-12-31", ...rest } = options;
  return {
    memberId: "M1",
    status: "active",
    sex: "F",
    unitId: "U1",
    region: "",
    allowanceYears: 1,
    products: [],
    productRenewal: false,
    shares: 1,
    ...rest,
    birthDay: day(born),
    periodStart: day(from),
    periodEnd: day(to),
  };
}

export interface ClaimOptions extends Partial<
  Omit<Claim, "admissionDay" | "dischargeDay" | "settlementDay" | "filedDay" | "diagnosisDay">
> {
  admitted?: string;
  discharged?: string;
  /** Settlement date, or `null` for none; default 5 days after discharge. */
  settled?: string | null;
  /** Filing date; default 10 days after the settlement (or discharge). */
  filed?: string;
  diagnosed?: string;
}

/** An inpatient claim; by default admitted 2021-03-01, discharged 2021-03-11 (10 days), illness. */
export function claim(options: ClaimOptions = {}): Claim {
  const { admitted = "2021-03-01", discharged, settled, filed, diagnosed, ...rest } = options;
  const admissionDay = day(admitted);
  const dischargeDay = discharged === undefined ? admissionDay + 10 : day(discharged);
  const settlementDay = settled === null ? null : settled === undefined ? dischargeDay + 5 : day(settled);
  return {
    claimId: "C1",
    memberId: "M1",
    kind: "inpatient",
    selfPay: 0,
    cause: "illness",
    ...rest,
    admissionDay,
    dischargeDay,
    settlementDay,
    filedDay: filed === undefined ? (settlementDay ?? dischargeDay) + 10 : day(filed),
    diagnosisDay: diagnosed === undefined ? admissionDay : day(diagnosed),
  };
}

/** Deterministic PRNG (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to cents (for generated amounts). */
export const cents = (yuan: number): number => Math.round(yuan * 100) / 100;

/**
 * A heavy-tailed self-pay in 0–2,000,000 yuan: zeros, small amounts, a log-normal body (median ≈ 900),
 * a Pareto tail, and exact band boundaries (± 1 cent) of `bands`.
 */
export function randomSelfPay(random: () => number, boundaries: readonly number[]): number {
  const pick = random();
  if (pick < 0.05) return 0;
  if (pick < 0.25 && boundaries.length > 0) {
    const bound = boundaries[Math.floor(random() * boundaries.length)]!;
    const nudge = [-0.01, 0, 0, 0.01][Math.floor(random() * 4)]!;
    return Math.max(0, cents(bound + nudge));
  }
  if (pick < 0.4) return cents(random() * 1000);
  if (pick < 0.85) {
    // Box–Muller normal → log-normal with median 900, sigma 1.2
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.min(2_000_000, cents(900 * Math.exp(1.2 * normal)));
  }
  // Pareto tail above 50,000 with alpha 1.1, capped at 2,000,000
  return Math.min(2_000_000, cents(50_000 / Math.pow(1 - random(), 1 / 1.1)));
}

/** Every band bound of a policy (inpatient and special outpatient), for boundary-hunting generators. */
export function bandBoundaries(policy: Policy): number[] {
  const bands = [...policy.inpatient.bands, ...(policy.specialOutpatient.bands ?? [])];
  const bounds = new Set<number>();
  for (const band of bands) {
    bounds.add(band.from);
    if (band.upTo !== null) bounds.add(band.upTo);
  }
  if (policy.inpatient.cap !== null) bounds.add(policy.inpatient.cap);
  return [...bounds];
}

/** Deep `Object.freeze` of plain data (objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
