/** How far a run has come and how long it will probably take. */
export interface ProgressEstimate {
  /** Share done, 0–1. */
  readonly fraction: number;
  /** Seconds left at the pace so far, or `null` before the first path is done. */
  readonly secondsLeft: number | null;
}

/**
 * Progress of a run of `total` paths with `done` finished after `elapsedMs`: the time left assumes the
 * remaining paths go at the average pace so far.
 * @example progressEstimate(25, 100, 10_000)
 * // → { fraction: 0.25, secondsLeft: 30 }
 */
export function progressEstimate(done: number, total: number, elapsedMs: number): ProgressEstimate {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const secondsLeft = done > 0 && total >= done ? ((elapsedMs / done) * (total - done)) / 1000 : null;
  return { fraction, secondsLeft };
}
