/**
 * What every notebook must be: on the Deno kernel, importing only from src/ (and node: builtins), saved
 * with its outputs and charts, and running top to bottom without an error.
 */
import { expect, it } from "vitest";
import type { Notebook } from "./run-notebook.ts";
import { importsOf, outputsOf, savedNotebook, svgCount } from "./run-notebook.ts";

/** Registers the tests every notebook shares; `executed` gives the executed copy (after `beforeAll`). */
export function notebookContract(name: string, executed: () => Notebook): void {
  const saved = savedNotebook(name);

  it("runs on the Deno kernel and imports only from src/ and node: builtins", () => {
    expect(saved.metadata.kernelspec?.name).toBe("deno");
    const imports = importsOf(saved);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^(\.\.\/src\/|node:)/);
  });

  it("is saved with the outputs of every code cell, charts included, and no error", () => {
    const code = saved.cells.filter((cell) => cell.cell_type === "code");
    for (const cell of code) expect(cell.execution_count).toBeTypeOf("number");
    expect(outputsOf(saved).filter((output) => output.output_type === "error")).toEqual([]);
    expect(svgCount(saved)).toBeGreaterThanOrEqual(1);
    expect(saved.cells.some((cell) => cell.cell_type === "markdown")).toBe(true);
  });

  it("runs top to bottom with a few paths and draws the same number of charts", () => {
    const notebook = executed();
    expect(outputsOf(notebook).filter((output) => output.output_type === "error")).toEqual([]);
    expect(svgCount(notebook)).toBe(svgCount(saved));
  });
}
