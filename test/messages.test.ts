// The message catalogue: codes and parameters in state, text per language at the view.
import { describe, expect, it } from "vitest";
import { InputError, mapMessageText, message, renderMessage } from "../src/messages.ts";
import { en } from "../src/messages/en.ts";
import { zh } from "../src/messages/zh.ts";

describe("message catalogue", () => {
  it("has the same codes in Chinese and English", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("keeps a message as plain data: its code and parameters", () => {
    expect(message.badDate("admission_date", "2024-13-01")).toEqual({
      code: "badDate",
      params: ["admission_date", "2024-13-01"],
    });
  });

  it("renders a message, and a message inside it, in the language asked for", () => {
    const row = message.csvRow("claims.csv", 3, message.badCount("shares", "x"));
    expect(renderMessage(row, "en")).toBe('claims.csv row 3: shares "x" is not a whole number of 1 or more');
    expect(renderMessage(row, "zh")).toBe('claims.csv 第 3 行：shares "x" 不是不小于 1 的整数');
  });

  it("writes the reserve study's claim counts with thousands separators, as the tables beside it do", () => {
    const read = message.reserveClaimsRead(7078, 6638, 0, 440, 225);
    expect(renderMessage(read, "en")).toMatch(
      /^7,078 claims read: 6,638 paid by the fund and used, 0 invalid, 440 /,
    );
    expect(renderMessage(read, "zh")).toMatch(/^读取理赔 7,078 笔：基金赔付并纳入 6,638 笔，/);
  });

  it("passes text made elsewhere through unchanged", () => {
    expect(renderMessage("disk full", "zh")).toBe("disk full");
  });

  it("gives an input error English text for logs, and each problem in either language", () => {
    const error = new InputError([message.optionMissing("--claims"), message.optionUnknown("--colour")]);
    expect(error.message).toBe("missing option --claims\nunknown option --colour");
    expect(error.texts("zh")).toEqual(["缺少选项 --claims", "未知选项 --colour"]);
  });

  it("changes the file names inside a message, nested ones too", () => {
    const item = message.csvRow(
      "/tmp/x/c.csv",
      2,
      message.invalidMember("m1", message.csvRow("/tmp/x/c.csv", 5, "bad")),
    );
    expect(
      renderMessage(
        mapMessageText(item, (text) => text.replace("/tmp/x/", "")),
        "en",
      ),
    ).toBe('c.csv row 2: member "m1" has a bad row: c.csv row 5: bad');
  });
});
