import { createGenerator } from "ts-json-schema-generator";

type JsonObject = { [key: string]: unknown };

/** Removes every `required` list: a scenario file may leave any field to its defaults or parent. */
function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (node === null || typeof node !== "object") return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== "required") copy[key] = withoutRequired(value);
  }
  return copy;
}

/** Generates the resolved-scenario schema from the types and derives the file schema from it. */
export function buildSchemas(root: string): { fileSchema: unknown; resolvedSchema: unknown } {
  const generator = createGenerator({
    path: `${root}src/scenario/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: "Scenario",
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const resolvedSchema = generator.createSchema("Scenario") as JsonObject;
  const fileSchema = withoutRequired(resolvedSchema) as JsonObject;
  return { fileSchema, resolvedSchema };
}
