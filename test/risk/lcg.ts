/**
 * Deterministic pseudo-random numbers in [0, 1) for property tests (Numerical Recipes' 32-bit
 * linear congruential generator, a = 1664525, c = 1013904223): reproducible, no Math.random.
 */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
