// Lint: typescript-eslint's recommended type-aware rules, plus a ban on Math.random in the
// simulation core (randomness is a parameter: see src/sim/random.ts).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
        { object: "Math", property: "random", message: "Pass a generator: see src/sim/random.ts." },
      ],
    },
  },
);
