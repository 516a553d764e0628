/**
 * Finds the `@example`s of doc comments and turns each into a runnable script.
 *
 * The convention: an example is code; a line `// → X` after an expression says
 * the expression's value equals `X` (a JavaScript value, compared deeply); `// ≈ X` says a number (or
 * each number of an array) equals `X` to the decimals written in `X`; `// throws "text"` says the
 * expression throws an error whose message contains the text. Lines without a marker run as they are.
 * Names come from the file's own exports; an example may import others with an `import { … } from "…"`
 * line relative to its file.
 */

/** One `@example` of a file. */
export interface Example {
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** The example's lines, without the comment's `*` margin. */
  readonly code: readonly string[];
}

/** A checked statement of an example, in order. */
export type Step =
  | { readonly kind: "run"; readonly code: string }
  | { readonly kind: "equal" | "approximately" | "throws"; readonly code: string; readonly expected: string };

/** Every `@example` in the doc comments of `text` (the source of `file`). */
export function extractExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  const comment = /\/\*\*([\s\S]*?)\*\//g;
  for (let match = comment.exec(text); match; match = comment.exec(text)) {
    const startLine = text.slice(0, match.index).split("\n").length;
    const lines = match[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    let current: { line: number; code: string[] } | null = null;
    const finish = () => {
      if (current && current.code.some((line) => line.trim() !== "")) {
        examples.push({ file, line: current.line, code: trimBlank(current.code) });
      }
      current = null;
    };
    lines.forEach((raw, index) => {
      const line = raw.replace(/\s*\*\/\s*$/, "");
      const tag = line.indexOf("@example");
      if (tag >= 0) {
        finish();
        current = { line: startLine + index, code: [line.slice(tag + "@example".length).trim()] };
      } else if (/^\s*@\w/.test(line)) {
        finish();
      } else if (current) {
        current.code.push(line);
      }
    });
    finish();
  }
  return examples;
}

function trimBlank(lines: string[]): string[] {
  const out = [...lines];
  while (out.length > 0 && out[0]!.trim() === "") out.shift();
  while (out.length > 0 && out.at(-1)!.trim() === "") out.pop();
  return out;
}

const MARKER = /^\s*\/\/\s*(→|≈|throws)\s*(.*)$/;

/**
 * The steps of an example: statements to run, and expressions with the result a marker states. The
 * expression a marker checks is the code since the previous marker or the previous line ending in `;`.
 */
export function exampleSteps(example: Example): Step[] {
  const steps: Step[] = [];
  let pending: string[] = [];
  for (const line of example.code) {
    const marker = MARKER.exec(line);
    if (marker) {
      const code = pending.join("\n").trim().replace(/;$/, "");
      if (code === "") throw new Error(`${example.file}:${example.line}: a result marker with no expression`);
      const kind = marker[1] === "→" ? "equal" : marker[1] === "≈" ? "approximately" : "throws";
      steps.push({ kind, code, expected: marker[2]!.trim() });
      pending = [];
    } else if (/;\s*(\/\/.*)?$/.test(line) || (line.trim() === "" && pending.length > 0)) {
      pending.push(line);
      steps.push({ kind: "run", code: pending.join("\n") });
      pending = [];
    } else if (line.trim() !== "") {
      pending.push(line);
    }
  }
  if (pending.length > 0) steps.push({ kind: "run", code: pending.join("\n") });
  return steps;
}
