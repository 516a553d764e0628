import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const notebooks = readdirSync("notebooks").filter((file) => file.endsWith(".ts"));

describe("notebooks run", () => {
  it("there are notebooks", () => expect(notebooks.length).toBeGreaterThanOrEqual(4));

  for (const notebook of notebooks) {
    it(`${notebook} imports only from src/ and runs to the end`, () => {
      const source = readFileSync(`notebooks/${notebook}`, "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"/g)].map((match) => match[1]!);
      for (const path of imports) expect(path.startsWith("../src/") || path.startsWith("node:")).toBe(true);
      const output = execFileSync("npx", ["tsx", `notebooks/${notebook}`], {
        env: { ...process.env, HUZHU_PATHS: "8" },
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(output.trim().length).toBeGreaterThan(0);
    });
  }
});
