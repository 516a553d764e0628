/**
 * Writes a location inside a JSON document the way a reader looks for it: `policy.inpatient.bands[2].upTo`.
 * @example jsonPath(["policy", "bands", 2, "upTo"])
 * // → "policy.bands[2].upTo"
 */
export function jsonPath(segments: readonly (string | number)[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return path === "" ? "(the whole file)" : path;
}

/** Splits a JSON Pointer (`/policy/bands/2`) into its segments, numbers for array indexes. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Whether `document` has a value at `segments`. */
export function hasPath(document: unknown, segments: readonly (string | number)[]): boolean {
  let node: unknown = document;
  for (const segment of segments) {
    if (node === null || typeof node !== "object" || !(segment in node)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}
