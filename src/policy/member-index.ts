import type { MemberPeriod } from "./records.ts";

/** Where each member's periods are in a list of member-periods. */
export interface MemberIndex {
  /** Position of each member id's first period in the list. */
  readonly first: ReadonlyMap<string, number>;
  /** All periods of a member id, in list order (empty for an id not in the list). */
  periods(memberId: string): readonly MemberPeriod[];
}

// Built once per list: the reader, the adjudicator and the results pack all look members up by id, and
// a full-size year has a million of them.
const indexes = new WeakMap<readonly MemberPeriod[], MemberIndex>();

function indexOf(
  members: readonly MemberPeriod[],
  first: ReadonlyMap<string, number>,
  repeats: boolean,
): MemberIndex {
  let more: Map<string, MemberPeriod[]> | null = null;
  if (repeats) {
    more = new Map();
    members.forEach((member, index) => {
      const at = first.get(member.memberId)!;
      if (at === index) return;
      let list = more!.get(member.memberId);
      if (!list) more!.set(member.memberId, (list = [members[at]!]));
      list.push(member);
    });
  }
  return {
    first,
    periods(memberId) {
      const list = more?.get(memberId);
      if (list) return list;
      const at = first.get(memberId);
      return at === undefined ? [] : [members[at]!];
    },
  };
}

/**
 * The index of a list of member-periods by member id, built on first use and kept while the list
 * lives. The list must not change afterwards (the readers' lists never do).
 * Cost: O(members) once, then O(1) a look-up.
 * @example
 * const a = { memberId: "A" } as MemberPeriod;
 * const b = { memberId: "B" } as MemberPeriod;
 * const index = memberIndex([a, b, { ...a }]);
 * [index.first.get("B"), index.periods("A").length, index.periods("C").length]
 * // → [1, 2, 0]
 */
export function memberIndex(members: readonly MemberPeriod[]): MemberIndex {
  let index = indexes.get(members);
  if (!index) {
    const first = new Map<string, number>();
    let repeats = false;
    members.forEach((member, at) => {
      if (first.has(member.memberId)) repeats = true;
      else first.set(member.memberId, at);
    });
    index = indexOf(members, first, repeats);
    indexes.set(members, index);
  }
  return index;
}

/**
 * Records the index of `members` its reader built while reading (`first`: position of each id's first
 * period; `repeats`: whether some id has more than one), so that `memberIndex` need not build it again.
 */
export function rememberMemberIndex(
  members: readonly MemberPeriod[],
  first: ReadonlyMap<string, number>,
  repeats: boolean,
): void {
  indexes.set(members, indexOf(members, first, repeats));
}
