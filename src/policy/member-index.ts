import type { MemberPeriod } from "./records.ts";

/** Where each member's periods are in a list of member-periods. */
export interface MemberIndex {
  /** Position of the member id's first period in the list, or −1 when the id is not in it. */
  firstIndex(memberId: string): number;
  /** All periods of a member id, in list order (empty for an id not in the list). */
  periods(memberId: string): readonly MemberPeriod[];
}

// Built once per list: the reader, the adjudicator and the results pack all look members up by id, and
// a full-size year has a million of them.
const indexes = new WeakMap<readonly MemberPeriod[], MemberIndex>();

/** Whether the list's member ids never decrease (as `huzhu synth` and most exports write them). */
export function sortedById(members: readonly MemberPeriod[]): boolean {
  for (let index = 1; index < members.length; index++)
    if (members[index - 1]!.memberId > members[index]!.memberId) return false;
  return true;
}

/** The index of a list sorted by member id: binary search, nothing built. */
function sortedIndex(members: readonly MemberPeriod[]): MemberIndex {
  const firstIndex = (memberId: string) => {
    let low = 0;
    let high = members.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (members[middle]!.memberId < memberId) low = middle + 1;
      else high = middle;
    }
    return low < members.length && members[low]!.memberId === memberId ? low : -1;
  };
  return {
    firstIndex,
    periods(memberId) {
      const first = firstIndex(memberId);
      if (first < 0) return [];
      let end = first + 1;
      while (end < members.length && members[end]!.memberId === memberId) end++;
      return end === first + 1 ? [members[first]!] : members.slice(first, end);
    },
  };
}

/** The index of any list: a map from id to first position, and the periods of ids seen more than once. */
function mappedIndex(
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
    firstIndex: (memberId) => first.get(memberId) ?? -1,
    periods(memberId) {
      const list = more?.get(memberId);
      if (list) return list;
      const at = first.get(memberId);
      return at === undefined ? [] : [members[at]!];
    },
  };
}

/**
 * The position of each member id's first period in a list, with whether some id has more than one.
 * Cost: a map entry a member (about half a second for a million).
 */
export function firstPositions(members: readonly MemberPeriod[]): {
  first: Map<string, number>;
  repeats: boolean;
} {
  const first = new Map<string, number>();
  let repeats = false;
  members.forEach((member, at) => {
    if (first.has(member.memberId)) repeats = true;
    else first.set(member.memberId, at);
  });
  return { first, repeats };
}

/**
 * The index of a list of member-periods by member id, built on first use and kept while the list
 * lives. The list must not change afterwards (the readers' lists never do). A list sorted by id is
 * searched in place (O(log n) a look-up, nothing built); any other gets a map (O(n) once, O(1) a look-up).
 * @example
 * const a = { memberId: "A" } as MemberPeriod;
 * const b = { memberId: "B" } as MemberPeriod;
 * const index = memberIndex([b, a, { ...a }]);
 * [index.firstIndex("A"), index.periods("A").length, index.firstIndex("C")]
 * // → [1, 2, -1]
 */
export function memberIndex(members: readonly MemberPeriod[]): MemberIndex {
  let index = indexes.get(members);
  if (!index) {
    if (sortedById(members)) index = sortedIndex(members);
    else {
      const { first, repeats } = firstPositions(members);
      index = mappedIndex(members, first, repeats);
    }
    indexes.set(members, index);
  }
  return index;
}

/**
 * Records what a reader learnt of `members` while reading, so that `memberIndex` need not check it
 * again: that the list is sorted by id, or the map from id to first position it built.
 */
export function rememberMemberIndex(
  members: readonly MemberPeriod[],
  known: { sorted: true } | { sorted: false; first: ReadonlyMap<string, number>; repeats: boolean },
): void {
  indexes.set(
    members,
    known.sorted ? sortedIndex(members) : mappedIndex(members, known.first, known.repeats),
  );
}
