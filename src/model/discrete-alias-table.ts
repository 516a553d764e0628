/**
 * Walker's alias method (Vose's stable construction) for drawing from a discrete distribution in O(1)
 * with one uniform: the integer part picks a column, the fraction decides between it and its alias.
 */
export interface AliasTable {
  readonly size: number;
  readonly probability: Float64Array;
  readonly alias: Int32Array;
  /** The value of each column (e.g. days of stay). */
  readonly values: Float64Array;
}

/** Builds the alias table of weights over `values`. Cost: O(n), once. */
export function createAliasTable(values: readonly number[], weights: readonly number[]): AliasTable {
  const size = weights.length;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const scaled = weights.map((weight) => (weight / total) * size);
  const probability = new Float64Array(size);
  const alias = new Int32Array(size);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((value, index) => (value < 1 ? small : large).push(index));
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    probability[less] = scaled[less]!;
    alias[less] = more;
    scaled[more] = scaled[more]! + scaled[less]! - 1;
    (scaled[more]! < 1 ? small : large).push(more);
  }
  for (const index of [...small, ...large]) {
    probability[index] = 1;
    alias[index] = index;
  }
  return { size, probability, alias, values: Float64Array.from(values) };
}

/** Draws a value with one uniform `u` in [0, 1). Cost: O(1). */
export function drawAlias(table: AliasTable, u: number): number {
  const position = u * table.size;
  const column = position | 0;
  return position - column < table.probability[column]!
    ? table.values[column]!
    : table.values[table.alias[column]!]!;
}
