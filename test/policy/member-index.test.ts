import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memberIndex } from "../../src/policy/member-index.ts";
import type { MemberPeriod } from "../../src/policy/records.ts";

const period = (memberId: string, periodStart: number) => ({ memberId, periodStart }) as MemberPeriod;

describe("memberIndex: each member id's periods in a list", () => {
  it("finds the same first position and periods as a walk through the list, sorted by id or not", () => {
    const lists = fc.array(
      fc.tuple(fc.constantFrom("M1", "M2", "M10", "M3", "A", "z", ""), fc.integer({ min: 0, max: 9 })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(lists, fc.boolean(), (pairs, sort) => {
        const members = pairs.map(([id, start]) => period(id, start));
        if (sort) members.sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
        const index = memberIndex(members);
        for (const id of ["M1", "M2", "M10", "M3", "A", "z", "", "missing"]) {
          expect(index.firstIndex(id)).toBe(members.findIndex((member) => member.memberId === id));
          expect(index.periods(id)).toEqual(members.filter((member) => member.memberId === id));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("is built once per list", () => {
    const members = [period("B", 0), period("A", 0)];
    expect(memberIndex(members)).toBe(memberIndex(members));
  });
});
