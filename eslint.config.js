// Lint: ESLint's and typescript-eslint's recommended rules (syntax only; no type information), a ban
// on Math.random in the core (randomness is a parameter: see src/sim/random-stream.ts), and the
// direction data flows in (README, "How it is built"), which the import rules below keep.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layers of src/ in the order data flows through them; a layer may import from those before it,
 * never from one after it. Records join the model flow at calibration:
 * scenario → policy → data (records) → reserve → model → results (the yearly pack, against the model's
 * expectation) → sim → synth (records drawn from the simulation's streams) → risk → charts.
 */
const LAYERS = [
  "scenario",
  "policy",
  "data",
  "reserve",
  "model",
  "results",
  "sim",
  "synth",
  "risk",
  "charts",
];
/** The doors onto the core: nothing outside a door imports from it. */
const DOORS = ["ui", "cli"];
/** Modules anyone may import, which import no layer themselves: messages, range checks, formatting. */
const NEUTRAL = ["messages", "check", "format"];
/**
 * Numeric helpers of src/model that import nothing but each other, open to every layer (records and
 * reserves draw with them too): engine-independent exp/log/pow and the normal distribution.
 */
const MODEL_MATH = ["portable-math", "inverse-normal", "standard-normal-cdf"];

/** A relative import path that reaches one of `folders` (from src/ or a file one folder below it). */
function reaching(folders) {
  const targets = folders.map((folder) =>
    folder === "model" ? `model/(?!(${MODEL_MATH.join("|")})\\.ts$)` : `${folder}(/|$)`,
  );
  return `^(\\.\\.?/)+(${targets.join("|")})`;
}

/** One `no-restricted-imports` rule for the files of `folder`, forbidding `folders`. */
function forbid(folder, folders, why) {
  return {
    files: [`src/${folder}/**`, `src/${folder}.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: reaching(folders), message: `src/${folder} ${why} (README, "How it is built").` },
          ],
        },
      ],
    },
  };
}

const flowRules = [
  ...LAYERS.map((layer, index) =>
    forbid(
      layer,
      [...LAYERS.slice(index + 1), ...DOORS],
      "may import only from earlier layers and neutral modules, never from a later layer or a door",
    ),
  ),
  ...NEUTRAL.map((folder) =>
    forbid(folder, [...LAYERS, ...DOORS], "is neutral: it imports no layer, so that every layer may use it"),
  ),
  forbid("ui", ["cli"], "is a door: it may not import from another door"),
  forbid("cli", ["ui"], "is a door: it may not import from another door"),
  {
    files: ["notebooks/**", "bench/**", "scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(\\.\\./)+src/(${DOORS.join("|")})/`,
              message: `Doors (${DOORS.map((door) => `src/${door}`).join(", ")}) are not libraries (README, "How it is built").`,
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", "test-results", "schema"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/policy/**", "src/model/**", "src/sim/**", "src/risk/**", "src/reserve/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Pass a generator: see src/sim/random-stream.ts." },
      ],
    },
  },
  ...flowRules,
);
