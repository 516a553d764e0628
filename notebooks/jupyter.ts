/**
 * Jupyter for the notebooks in this folder: installs the Deno kernel into a project-local Jupyter path
 * (under node_modules, never the user's own kernels), then opens the notebooks or re-executes them.
 *
 *   npx tsx notebooks/jupyter.ts open                    # npm run notebooks
 *   npx tsx notebooks/jupyter.ts execute [file.ipynb …]  # npm run notebooks:execute (default: all)
 *
 * Jupyter itself comes from Debian: `apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient`.
 * `HUZHU_NOTEBOOK_PATHS` (simulated paths) is passed on to the kernel; each notebook has its own default.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The notebooks' folder. */
export const NOTEBOOKS = join(ROOT, "notebooks");
/** Where the kernel spec goes: `XDG_DATA_HOME` for `deno jupyter --install`. */
const DATA_HOME = join(ROOT, "node_modules", ".cache", "huzhu-jupyter");
/** The Jupyter path holding `kernels/deno` once {@link installKernel} has run. */
export const JUPYTER_PATH = join(DATA_HOME, "jupyter");

/** Every notebook of the folder, as absolute paths, in name order. */
export function notebookFiles(): string[] {
  return readdirSync(NOTEBOOKS)
    .filter((file) => file.endsWith(".ipynb"))
    .sort()
    .map((file) => join(NOTEBOOKS, file));
}

/**
 * The environment for Jupyter and the kernel: the project-local kernel path first, a project-local
 * runtime folder, no colour codes in saved outputs, and no update check (Deno would otherwise look for a newer version online).
 */
export function jupyterEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const inherited = process.env.JUPYTER_PATH;
  return {
    ...process.env,
    JUPYTER_PATH: inherited ? `${JUPYTER_PATH}:${inherited}` : JUPYTER_PATH,
    // Connection files and the server's cookie stay in the checkout too.
    JUPYTER_RUNTIME_DIR: join(DATA_HOME, "runtime"),
    NO_COLOR: "1",
    DENO_NO_UPDATE_CHECK: "1",
    ...extra,
  };
}

/** The message when Jupyter is missing, in Chinese and English. */
export const NO_JUPYTER =
  "未找到 Jupyter。请安装：apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient\n" +
  "Jupyter was not found. Install it from Debian: apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient";

/** Whether `jupyter <command>` (default `nbconvert`) runs here. */
export function hasJupyter(command = "nbconvert"): boolean {
  return spawnSync("jupyter", [command, "--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Writes the Deno kernel spec (`deno jupyter --install`, Deno from node_modules) into
 * {@link JUPYTER_PATH}; the spec names the absolute path of this checkout's Deno binary, so it is made
 * on each machine rather than committed. Idempotent.
 */
export function installKernel(): void {
  execFileSync(join(ROOT, "node_modules", ".bin", "deno"), ["jupyter", "--install", "--force"], {
    env: { ...process.env, XDG_DATA_HOME: DATA_HOME, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    stdio: "ignore",
  });
}

/**
 * Executes a notebook top to bottom in the Deno kernel (nbconvert), in the notebook's own folder, and
 * writes it with its outputs: over itself, or into `outputDir`. Throws when a cell fails (nbconvert
 * exits non-zero), with nbconvert's report of the failing cell.
 */
export function executeNotebook(
  file: string,
  options: { outputDir?: string; env?: Readonly<Record<string, string>> } = {},
): void {
  const where = options.outputDir ? ["--output-dir", options.outputDir] : ["--inplace"];
  const result = spawnSync(
    "jupyter",
    [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      ...where,
      "--ExecutePreprocessor.kernel_name=deno",
      "--ExecutePreprocessor.timeout=1200",
      // No per-cell timestamps: a re-run that computes the same figures leaves the file unchanged.
      "--ExecutePreprocessor.record_timing=False",
      file,
    ],
    { env: jupyterEnv(options.env), encoding: "utf8" },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${file} 执行失败 / failed:\n${result.stderr}`);
}

function main(command: string | undefined, files: string[]): number {
  if (command !== "open" && command !== "execute") {
    console.error("用法 / usage: npx tsx notebooks/jupyter.ts open | execute [file.ipynb …]");
    return 2;
  }
  if (!hasJupyter(command === "open" ? "notebook" : "nbconvert")) {
    console.error(NO_JUPYTER);
    return 2;
  }
  installKernel();
  if (command === "open") {
    // Jupyter refuses to serve as root unless told; containers and CI often run as root.
    const root = process.getuid?.() === 0 ? ["--allow-root"] : [];
    return spawnSync("jupyter", ["notebook", `--notebook-dir=${NOTEBOOKS}`, ...root], {
      env: jupyterEnv(),
      stdio: "inherit",
    }).status === 0
      ? 0
      : 1;
  }
  for (const file of files.length > 0 ? files.map((name) => resolve(name)) : notebookFiles()) {
    console.log(`executing ${file}`);
    try {
      executeNotebook(file);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv[2], process.argv.slice(3));
}
