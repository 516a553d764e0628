import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/messages.ts";
import { replayClaims, replayCsv } from "../../../src/ui/replay/replay-claims.ts";
import { compareScenario, scenario } from "../results/sample-run.ts";

const files = {
  members: { name: "members.csv", text: readFileSync("test/fixtures/claims/members.csv", "utf8") },
  claims: { name: "claims.csv", text: readFileSync("test/fixtures/claims/claims.csv", "utf8") },
};

describe("replayClaims", () => {
  it("adjudicates every claim, invalid rows included, with explanations and totals", () => {
    const replay = replayClaims(files, scenario);
    expect(replay.adjudications).toHaveLength(8);
    expect(replay.summary.claims).toBe(8);
    expect(replay.summary.paid + replay.summary.rejected + replay.summary.invalid).toBe(8);
    expect(replay.adjudications[0]!.explanation.length).toBeGreaterThan(1);
    expect(replay.compare).toBeUndefined();
  });

  it("replays under a second scenario in the same order, and writes huzhu benefit's CSV columns", () => {
    const replay = replayClaims(files, scenario, compareScenario);
    expect(replay.compare!.adjudications.map((claim) => claim.claimId)).toEqual(
      replay.adjudications.map((claim) => claim.claimId),
    );
    const [header, first] = replayCsv(replay).split("\n");
    expect(header).toBe(
      "claim_id,member_id,status,benefit,allowance,top_up,lump_sum,payout,reason,compare_payout,difference",
    );
    expect(first!.startsWith("C1,M1,paid,")).toBe(true);
    expect(replayCsv(replayClaims(files, scenario)).split("\n")[0]).toBe(
      "claim_id,member_id,status,benefit,allowance,top_up,lump_sum,payout,reason",
    );
  });

  it("writes the explanations and reasons in the language asked for (English by default), with the same totals", () => {
    const english = replayClaims(files, scenario);
    const chinese = replayClaims(files, scenario, compareScenario, { locale: "zh" });
    expect([english.locale, chinese.locale]).toEqual(["en", "zh"]);
    expect(chinese.summary).toEqual(english.summary);
    expect(chinese.adjudications[4]!.reason).toBe("除外责任（工伤）");
    expect(chinese.compare!.adjudications[4]!.reason).toBe("除外责任（工伤）");
    expect(english.adjudications[4]!.reason).toBe("excluded cause: work_injury");
  });

  it("names the file and the missing column when a file is not in the format", () => {
    const bad = { ...files, claims: { name: "c.csv", text: "claim_id,member_id\nC1,M1\n" } };
    expect(() => replayClaims(bad, scenario)).toThrow(InputError);
    expect(() => replayClaims(bad, scenario)).toThrow(/c\.csv: missing required column "kind"/);
  });
});
