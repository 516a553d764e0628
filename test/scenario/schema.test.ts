// The committed JSON Schemas are generated from the doc-commented types (`npm run schema`); they must be
// exactly what the generator makes from the types now, so that the schema cannot drift from the types.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSchemas } from "../../scripts/schema-builder.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const committed = (file: string): string => readFileSync(`${root}schema/${file}`, "utf8");
// As scripts/build-schema.ts writes them.
const asWritten = (schema: unknown): string => JSON.stringify(schema, null, 2) + "\n";

describe("schema/*.json", () => {
  const { fileSchema, resolvedSchema } = buildSchemas(root);

  it("resolved-scenario.schema.json is what buildSchemas makes from src/scenario/types.ts (run `npm run schema`)", () => {
    expect(JSON.parse(committed("resolved-scenario.schema.json"))).toEqual(resolvedSchema);
    expect(committed("resolved-scenario.schema.json")).toBe(asWritten(resolvedSchema));
  });

  it("scenario.schema.json is what buildSchemas makes from src/scenario/types.ts (run `npm run schema`)", () => {
    expect(JSON.parse(committed("scenario.schema.json"))).toEqual(fileSchema);
    expect(committed("scenario.schema.json")).toBe(asWritten(fileSchema));
  });

  it("the file schema requires nothing (fields may come from the defaults or the parent)", () => {
    expect(committed("scenario.schema.json")).not.toContain('"required"');
    expect(committed("resolved-scenario.schema.json")).toContain('"required"');
  });

  it("the generated schema keeps the limits written in the doc comments", () => {
    const schema = resolvedSchema as { definitions: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.definitions.Band!.properties.rate).toMatchObject({ minimum: 0, maximum: 1 });
    expect(schema.definitions.Band!.properties.upTo).toMatchObject({ type: ["number", "null"], minimum: 0 });
    expect(schema.definitions.InpatientBenefit).toMatchObject({ additionalProperties: false });
  });
});
