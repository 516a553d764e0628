import { describe, expect, it } from "vitest";
import { decodeShareHash, encodeShareHash, type SharedState } from "../../../src/ui/scenario/share-url.ts";

describe("share URL", () => {
  const state: SharedState = {
    base: "inner-mongolia-2025",
    overrides: {
      policy: { inpatient: { cap: 250_000, bands: [{ from: 0, upTo: null, rate: 0.5 }] } },
      name: "改 & 试",
    },
    paths: 40,
    years: 3,
    seed: 1,
    locale: "en",
  };

  it("decodes what it encodes: base, overrides (Chinese, &, null included), paths, years, seed and language", () => {
    const hash = encodeShareHash(Object.freeze(state));
    expect(hash.startsWith("#s=inner-mongolia-2025&paths=40&years=3&seed=1&lang=en&o=")).toBe(true);
    expect(decodeShareHash(hash)).toEqual(state);
  });

  it("leaves the overrides out when there are none", () => {
    const { overrides: _, ...plain } = state;
    const hash = encodeShareHash(plain);
    expect(hash).not.toContain("o=");
    expect(decodeShareHash(hash)).toEqual(plain);
  });

  it("reads missing or non-numeric settings as NaN and any language but en as Chinese", () => {
    expect(decodeShareHash("#s=linyi-2019&paths=many&lang=fr")).toEqual({
      base: "linyi-2019",
      paths: Number.NaN,
      years: Number.NaN,
      seed: Number.NaN,
      locale: "zh",
    });
  });

  it("returns null for a hash without a scenario, and throws on overrides that are not JSON", () => {
    expect(decodeShareHash("")).toBeNull();
    expect(decodeShareHash("#paths=4")).toBeNull();
    expect(() => decodeShareHash("#s=x&o=%7Bnope")).toThrow(SyntaxError);
  });

  it("carries scenario B, its name, the tab, the solver's settings and other panels' settings", () => {
    const full: SharedState = {
      ...state,
      name: "A & 方案",
      tab: "compare",
      compare: { base: "inner-mongolia-2025", overrides: { policy: { fees: { active: 90 } } }, name: "B=90" },
      solve: { targetRuin: "0.01", paths: "80", years: "5" },
      extensions: { stress: { claimsShock: 1.2 } },
    };
    const hash = encodeShareHash(full);
    expect(hash).toContain("&tab=compare&b=inner-mongolia-2025&bo=");
    expect(decodeShareHash(hash)).toEqual(full);
  });

  it("keeps the solver's default target when a link sets only its paths and years", () => {
    const decoded = decodeShareHash("#s=inner-mongolia-2025&sp=100&sy=3");
    expect(decoded?.solve).toEqual({ targetRuin: "0.005", paths: "100", years: "3" });
  });
});

describe("decodeShareHash refuses a link that would reach a prototype", () => {
  it("names the __proto__ field of the link's changes", () => {
    const hash = `#s=inner-mongolia-2025&o=${encodeURIComponent('{"policy":{"inpatient":{"__proto__":{"cap":1000}}}}')}`;
    expect(() => decodeShareHash(hash)).toThrow(
      "link: policy.inpatient.__proto__: this field name is not allowed (it would change every object's prototype)",
    );
  });
});
