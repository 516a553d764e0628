// d3-dsv (installed with vega) is the fuzz suite's independent CSV reader; it ships no types.
declare module "d3-dsv" {
  export function csvParseRows(text: string): string[][];
}
