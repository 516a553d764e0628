/** JSON with the keys of every object in sorted order, so equal documents give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * The 64-bit FNV-1a hash of a text's UTF-8 bytes, as 16 hex digits (Fowler–Noll–Vo; the published test
 * vectors are FNV-1a-64("") = cbf29ce484222325 and FNV-1a-64("a") = af63dc4c8601ec8c). Not a
 * cryptographic hash: it tells runs apart, it does not guard against forgery.
 * @example fnv1a64("a")
 * // → "af63dc4c8601ec8c"
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * The fingerprint of a resolved scenario: FNV-1a-64 of its canonical JSON without its `name` (a label,
 * not an assumption), so two runs with the same hash ran the same policy, assumptions and run settings.
 * @example scenarioHash({ name: "x", fees: { active: 100 } }) === scenarioHash({ fees: { active: 100 }, name: "y" })
 * // → true
 */
export function scenarioHash(scenario: unknown): string {
  const { name: _name, ...rest } = (scenario ?? {}) as Record<string, unknown>;
  return fnv1a64(canonicalJson(rest));
}
