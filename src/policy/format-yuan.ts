const yuanFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const boundFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Yuan with thousands separators and two decimals, for explanation lines. @example formatYuan(5400) // "5,400.00" */
export function formatYuan(value: number): string {
  return yuanFormat.format(value);
}

/** A rate as a percentage. @example formatRate(0.4) // "40%" */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}

/** A band bound without decimals. @example formatBound(10000) // "10,000" */
export function formatBound(value: number | null): string {
  return value === null ? "∞" : boundFormat.format(value);
}
