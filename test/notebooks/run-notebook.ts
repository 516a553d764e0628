/**
 * Test helpers: read a notebook, and execute a copy of it top to bottom in the Deno kernel with a few
 * simulated paths (the saved notebook is left as it is).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  executeNotebook,
  hasJupyter,
  installKernel,
  NO_JUPYTER,
  NOTEBOOKS,
} from "../../notebooks/jupyter.ts";

/** Simulated paths when the tests execute a notebook (`HUZHU_NOTEBOOK_PATHS`). */
export const TEST_PATHS = 8;

/** One output of a code cell, as nbformat 4 stores it. */
export interface Output {
  readonly output_type: "stream" | "display_data" | "execute_result" | "error";
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Readonly<Record<string, unknown>>;
  readonly ename?: string;
  readonly evalue?: string;
}

/** A cell, as nbformat 4 stores it. */
export interface Cell {
  readonly cell_type: "code" | "markdown" | "raw";
  readonly source: string | string[];
  readonly execution_count?: number | null;
  readonly outputs?: readonly Output[];
}

/** A notebook file's cells. */
export interface Notebook {
  readonly cells: readonly Cell[];
  readonly metadata: { readonly kernelspec?: { readonly name: string } };
}

/** A multi-line nbformat string (a string or a list of lines) as one string. */
export const joined = (text: unknown): string =>
  typeof text === "string" ? text : Array.isArray(text) ? text.join("") : "";

/** Reads a notebook file. */
export function readNotebook(file: string): Notebook {
  return JSON.parse(readFileSync(file, "utf8")) as Notebook;
}

/** The saved notebook `notebooks/<name>.ipynb`. */
export function savedNotebook(name: string): Notebook {
  return readNotebook(join(NOTEBOOKS, `${name}.ipynb`));
}

/** All outputs of the notebook's code cells. */
export function outputsOf(notebook: Notebook): Output[] {
  return notebook.cells.flatMap((cell) => (cell.cell_type === "code" ? [...(cell.outputs ?? [])] : []));
}

/** The number of SVG outputs (charts) of a notebook. */
export function svgCount(notebook: Notebook): number {
  return outputsOf(notebook).filter((output) => joined(output.data?.["image/svg+xml"]).startsWith("<svg"))
    .length;
}

/** Modules the code cells import (the specifier of each `from "…"`). */
export function importsOf(notebook: Notebook): string[] {
  return notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .flatMap((cell) => [...joined(cell.source).matchAll(/\bfrom "([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * The figures the notebook's last code cell shows as `application/json`: what the tests check.
 * @throws Error when the last code cell showed no JSON.
 */
export function summaryOf(notebook: Notebook): unknown {
  const last = notebook.cells.filter((cell) => cell.cell_type === "code").at(-1);
  const shown = (last?.outputs ?? []).find((output) => output.data?.["application/json"] !== undefined);
  if (!shown) throw new Error("the notebook's last code cell shows no application/json output");
  return shown.data!["application/json"];
}

/**
 * Executes a temporary copy of `notebooks/<name>.ipynb` (run in the notebooks folder, as Jupyter does)
 * with {@link TEST_PATHS} paths and any other `env` settings, and returns the executed notebook.
 * @throws Error when Jupyter is missing, or when any cell fails (with nbconvert's report).
 */
export function executeCopy(name: string, env: Record<string, string> = {}): Notebook {
  if (!hasJupyter()) throw new Error(NO_JUPYTER);
  installKernel();
  const outputDir = mkdtempSync(join(tmpdir(), "huzhu-notebook-"));
  try {
    executeNotebook(join(NOTEBOOKS, `${name}.ipynb`), {
      outputDir,
      env: { HUZHU_NOTEBOOK_PATHS: String(TEST_PATHS), ...env },
    });
    return readNotebook(join(outputDir, `${name}.ipynb`));
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
