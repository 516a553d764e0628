import { describe, expect, it } from "vitest";
import { exampleSteps, extractExamples } from "./extract-examples.ts";

const source = `
/**
 * Doubles.
 * @example double(2)
 * // → 4
 * @param x a number
 */
export const double = (x: number) => 2 * x;

/** Halves. @example half(1) // no marker here */
export const half = (x: number) => x / 2;

/**
 * @example
 * const values = [1, 2];
 * values.map(double) // each doubled
 * // ≈ [2.0, 4.0]
 * double("x")
 * // throws "not a number"
 */
`;

describe("extractExamples", () => {
  const examples = extractExamples("fixture.ts", source);

  it("finds each @example with its line, up to the next tag or the comment's end", () => {
    expect(examples.map((example) => [example.line, example.code])).toEqual([
      [4, ["double(2)", "// → 4"]],
      [10, ["half(1) // no marker here"]],
      [
        14,
        [
          "const values = [1, 2];",
          "values.map(double) // each doubled",
          "// ≈ [2.0, 4.0]",
          'double("x")',
          '// throws "not a number"',
        ],
      ],
    ]);
  });

  it("splits an example into statements and checked expressions", () => {
    expect(exampleSteps(examples[0]!)).toEqual([{ kind: "equal", code: "double(2)", expected: "4" }]);
    expect(exampleSteps(examples[1]!)).toEqual([{ kind: "run", code: "half(1) // no marker here" }]);
    expect(exampleSteps(examples[2]!)).toEqual([
      { kind: "run", code: "const values = [1, 2];" },
      { kind: "approximately", code: "values.map(double) // each doubled", expected: "[2.0, 4.0]" },
      { kind: "throws", code: 'double("x")', expected: '"not a number"' },
    ]);
  });
});
