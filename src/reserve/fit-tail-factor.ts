import { message } from "../messages.ts";
import type { ReserveOutcome } from "./reserve-outcome.ts";

/** How the development beyond the triangle's last period is treated. */
export type TailChoice = { kind: "none" } | { kind: "given"; factor: number } | { kind: "fitted" };

/**
 * A tail factor fitted log-linearly on f − 1: the factors above 1 give ln(fₖ − 1) = a + b·k by least
 * squares (k = 1, 2, … the factor's development period), and the tail is the product of 1 + e^(a + b·k)
 * over the periods after the triangle, k = n, n + 1, …, until the terms fall below 1e-12 (at most 1000).
 * Needs two or more factors above 1 and a decreasing fit (b < 0).
 * @example
 * // f − 1 is 2, 1, 0.5: it halves each period, so the tail is ∏ⱼ≥₂ (1 + 2⁻ʲ).
 * const tail = fitTailFactor([3, 2, 1.5]);
 * tail.ok && tail.value
 * // ≈ 1.5894874
 */
export function fitTailFactor(factors: readonly number[]): ReserveOutcome<number> {
  const points = factors.flatMap((factor, index) => (factor > 1 ? [[index + 1, Math.log(factor - 1)]] : []));
  if (points.length < 2) return { ok: false, reason: message.reserveTailTooFew() };
  const meanX = points.reduce((sum, [x]) => sum + x!, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y!, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x! - meanX) * (y! - meanY);
    sxx += (x! - meanX) ** 2;
  }
  const slope = sxy / sxx;
  if (!(slope < 0)) return { ok: false, reason: message.reserveTailNotDecaying() };
  const intercept = meanY - slope * meanX;
  let tail = 1;
  for (let k = factors.length + 1; k <= factors.length + 1000; k++) {
    const term = Math.exp(intercept + slope * k);
    tail *= 1 + term;
    if (term < 1e-12) break;
  }
  return { ok: true, value: tail };
}

/** The tail factor of a choice: 1 for none, the given factor, or the fitted one. */
export function tailFactor(choice: TailChoice, factors: readonly number[]): ReserveOutcome<number> {
  if (choice.kind === "none") return { ok: true, value: 1 };
  if (choice.kind === "given") return { ok: true, value: choice.factor };
  return fitTailFactor(factors);
}
