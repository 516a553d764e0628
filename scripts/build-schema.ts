/**
 * `npm run schema`: generates the scenario JSON Schemas from the doc-commented types in
 * `src/scenario/types.ts` (the types are the single source; the schemas are never edited by hand).
 *
 * - `schema/scenario.schema.json`, for scenario files: any field may be left out, because it comes from
 *   the defaults or from the scenario the file `extends`. Editors use it through `$schema`.
 * - `schema/resolved-scenario.schema.json`: the complete scenario after `extends` and defaults, which the
 *   loader validates.
 *
 * `test/scenario/schema.test.ts` fails when the committed schemas differ from what this script makes.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchemas } from "./schema-builder.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { fileSchema, resolvedSchema } = buildSchemas(root);
writeFileSync(`${root}schema/scenario.schema.json`, JSON.stringify(fileSchema, null, 2) + "\n");
writeFileSync(`${root}schema/resolved-scenario.schema.json`, JSON.stringify(resolvedSchema, null, 2) + "\n");
console.log("wrote schema/scenario.schema.json and schema/resolved-scenario.schema.json");
