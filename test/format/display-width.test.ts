import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/display-width.ts";

describe("displayWidth", () => {
  it("counts one column for ASCII text, digits and signs", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("ibnr -12.3%")).toBe(11);
  });

  it("counts two columns for each Chinese character and full-width mark", () => {
    // 累计三角形: five Han characters; （ and ） are full-width forms (U+FF08, U+FF09); 、 is U+3001.
    expect(displayWidth("累计三角形")).toBe(10);
    expect(displayWidth("未决（IBNR）")).toBe(4 + 4 + 4);
    expect(displayWidth("年、月")).toBe(6);
  });

  it("counts the 万 and 亿 of amounts as two columns each", () => {
    expect(displayWidth("-12.3万")).toBe(5 + 2);
    expect(displayWidth("1.5亿")).toBe(3 + 2);
  });
});
