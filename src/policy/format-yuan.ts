/** Yuan with thousands separators and two decimals, for explanation lines. @example formatYuan(5400) // "5,400.00" */
export function formatYuan(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A rate as a percentage. @example formatRate(0.4) // "40%" */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}

/** A band bound without decimals. @example formatBound(10000) // "10,000" */
export function formatBound(value: number | null): string {
  return value === null ? "∞" : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
