const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a plain decimal number as people write amounts in a CSV file: digits, an optional point and
 * fraction, an optional sign. Anything else is `NaN`, where `Number` would accept more: `0x2710` (10,000),
 * `0b111` (7), `1e3`, `Infinity`, or an empty text (0).
 * @example [parseDecimal("12000.50"), parseDecimal("0x2710"), parseDecimal("")]
 * // → [12000.5, Number.NaN, Number.NaN]
 */
export function parseDecimal(text: string): number {
  return PLAIN_DECIMAL.test(text) ? Number(text) : NaN;
}
