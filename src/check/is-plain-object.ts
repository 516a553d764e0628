/**
 * Whether a JSON value is an object with fields (not `null`, not an array): what merging a scenario over
 * the one it extends, and diffing an edited scenario against its base, walk into.
 * @example isPlainObject({ fees: { active: 100 } })
 * // → true
 * @example isPlainObject([1, 2])
 * // → false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
