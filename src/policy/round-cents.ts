/**
 * Rounds yuan to cents, half away from zero on the decimal value (1.005 → 1.01), as a cashier would.
 * The small epsilon undoes binary representation error (1.005 is stored as 1.00499999…). Written with
 * `Math.floor` only: it runs several times for every simulated claim.
 * @example roundCents(2.675)
 * // → 2.68
 */
export function roundCents(yuan: number): number {
  const cents = yuan * 100;
  return cents >= 0 ? Math.floor(cents + 0.5000001) / 100 : -Math.floor(0.5000001 - cents) / 100;
}
