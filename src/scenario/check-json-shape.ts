import { InputError, type Message, message } from "../messages.ts";
import { jsonPath } from "./json-path.ts";

/** Deepest nesting a scenario file may have (a real scenario nests about 5 levels). */
export const MAX_SCENARIO_DEPTH = 32;

/** Field names that would reach an object's prototype when merged, refused anywhere in a scenario. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Checks a parsed scenario file before anything merges it: no field named `__proto__`, `constructor` or
 * `prototype` at any depth (merged, it would change objects' prototypes, and with them the results), and
 * no nesting deeper than {@link MAX_SCENARIO_DEPTH}. Walks with its own stack, so a deep document cannot
 * overflow the call stack. Cost: O(size of the document).
 * @throws InputError naming the file and the path of each offending field
 */
export function checkJsonShape(document: unknown, file: string): void {
  const problems: Message[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= MAX_SCENARIO_DEPTH) throw new InputError([message.tooDeep(file, MAX_SCENARIO_DEPTH)]);
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key)) problems.push(message.prototypeKey(file, jsonPath([...path, key])));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
