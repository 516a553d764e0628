import { formatAmount } from "../format/format-amount.ts";
import { formatPercent } from "../format/format-percent.ts";
import type { Language } from "../format/language.ts";
import { message, renderMessage } from "../messages.ts";
import type { BandSlot } from "../sim/band-slots.ts";

/**
 * The name of a run's band slot in a language, as the breakdown chart and exports show it: its bounds
 * (compact amounts, as on the charts' axes) and the rate paid, special-outpatient slots marked as such.
 * @example bandSlotName({ table: "inpatient", from: 10_000, upTo: 30_000, rate: 0.5 }, "zh")
 * // → "1万–3万元 报销50%"
 * @example bandSlotName({ table: "inpatient", from: 10_000, upTo: 30_000, rate: 0.5 }, "en")
 * // → "10k–30k at 50%"
 * @example bandSlotName({ table: "specialOutpatient", from: 0, upTo: null, rate: 0.6 }, "zh")
 * // → "门诊特殊病 全部自付 报销60%"
 * @example bandSlotName({ table: "inpatient", from: 50_000, upTo: null, rate: 0.85 }, "en")
 * // → "above 50k at 85%"
 */
export function bandSlotName(slot: BandSlot, language: Language): string {
  const rate = formatPercent(slot.rate, language, 4);
  const from = formatAmount(slot.from, language);
  const band =
    slot.upTo !== null
      ? message.bandSlot(from, formatAmount(slot.upTo, language), rate)
      : slot.from > 0
        ? message.bandSlotAbove(from, rate)
        : message.bandSlotAll(rate);
  return renderMessage(
    slot.table === "specialOutpatient" ? message.bandSlotSpecialOutpatient(band) : band,
    language,
  );
}
