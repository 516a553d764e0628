/**
 * Messages in the page's language (issue 7): the page is Chinese by default and so are its validation
 * and load messages; switching to English switches them, because the state keeps message codes and the
 * views render them. Screenshots: `validation-zh.png`, `validation-en.png`, `load-problem-zh.png`,
 * `load-problem-en.png`.
 */
import { describe, expect, it } from "vitest";
import { message, renderMessage } from "../../src/messages.ts";
import { problemOf, screenshot, setField, useWorkbench } from "./workbench-browser.ts";

const SCENARIO_FILE = "scenarios/inner-mongolia-2025.json";
const TIMEOUT = 120_000;

describe("messages in the page's language", () => {
  const workbench = useWorkbench(TIMEOUT);

  it(
    "shows a validation message in Chinese on the Chinese page, and in English after switching",
    async () => {
      const page = await workbench.open();
      await setField(page, "policy.inpatient.bands[1].from", "3500");
      const gap = message.bandGap(
        SCENARIO_FILE,
        message.pathInBand("policy.inpatient.bands[1].from", 2),
        3500,
        3000,
      );
      expect(await problemOf(page, "policy.inpatient.bands[1].from")).toBe(renderMessage(gap, "zh"));
      expect(renderMessage(gap, "zh")).toContain("与上一段之间有空缺");
      await screenshot(page, "validation-zh");
      await page.click('[data-action="switch-language"]');
      await page.waitForFunction(
        (text) => document.querySelector(".problems-summary")?.textContent?.includes(text),
        renderMessage(gap, "en"),
      );
      expect(await problemOf(page, "policy.inpatient.bands[1].from")).toBe(renderMessage(gap, "en"));
      await screenshot(page, "validation-en");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "names an uploaded file by its real name, in Chinese, and in English after switching",
    async () => {
      const page = await workbench.open();
      await page.setInputFiles('[data-role="scenario-file"]', {
        name: "我的方案.json",
        mimeType: "application/json",
        buffer: Buffer.from(
          JSON.stringify({ extends: "./inner-mongolia-2025.json", policy: { inpatient: { cap: 0 } } }),
        ),
      });
      const problems = page.locator('[data-role="load-problems"]');
      await problems.waitFor();
      expect(await problems.textContent()).toContain("我的方案.json：policy.inpatient.cap：应大于 0");
      expect(await problems.textContent()).not.toContain("scenarios/");
      await screenshot(page, "load-problem-zh");
      // The state keeps the title's key and the messages' codes: switching language rewrites both.
      await page.click('[data-action="switch-language"]');
      await page.waitForFunction(() =>
        document.querySelector('[data-role="load-problems"]')?.textContent?.includes("Could not load"),
      );
      expect(await problems.textContent()).toContain("Could not load 我的方案.json:");
      expect(await problems.textContent()).toContain(
        "我的方案.json: policy.inpatient.cap: expected a value above 0",
      );
      expect(await problems.textContent()).not.toContain("无法载入");
      await screenshot(page, "load-problem-en");
      await page.close();
    },
    TIMEOUT,
  );
});
