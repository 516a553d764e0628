/** A location inside a JSON document: object keys and array indexes, e.g. `["policy", "inpatient", "bands", 2, "rate"]`. */
export type DocumentPath = readonly (string | number)[];

/**
 * The value at `path` inside `document`, or `undefined` when some step is missing.
 * @example getAt({ policy: { fees: { active: 100 } } }, ["policy", "fees", "active"])
 * // → 100
 */
export function getAt(document: unknown, path: DocumentPath): unknown {
  let node: unknown = document;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/**
 * A copy of `document` with `value` at `path`; only the objects and arrays along the path are copied,
 * the rest is shared. Missing objects along the path are created. The input is not changed.
 * @example setAt({ fees: { active: 100, retiree: 400 } }, ["fees", "active"], 90)
 * // → { fees: { active: 90, retiree: 400 } }
 */
export function setAt<T>(document: T, path: DocumentPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [step, ...rest] = path as [string | number, ...(string | number)[]];
  const node: unknown = document;
  const child =
    node !== null && typeof node === "object" ? (node as Record<string, unknown>)[step] : undefined;
  const updated = setAt(child, rest, value);
  if (Array.isArray(node)) {
    const copy = [...(node as unknown[])];
    copy[step as number] = updated;
    return copy as T;
  }
  const base = node !== null && typeof node === "object" ? (node as Record<string, unknown>) : {};
  return { ...base, [step]: updated } as T;
}
