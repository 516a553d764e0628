/**
 * A cumulative development triangle: one row per origin period (oldest first), one column per development
 * period (1, 2, …). `cells[i][k]` is the amount (or count) of origin `i` known by the end of its
 * development period `k + 1`, or `null` where that period is still in the future. A row's known cells
 * come first and have no gaps, so its latest value is the last non-null cell.
 */
export interface Triangle {
  /** Labels of the origin periods, e.g. `2021`, `2021-Q3`, `2021-07`. */
  origins: string[];
  /** Cumulative values, `null` for the future. Every row has the same length (the development periods). */
  cells: (number | null)[][];
}

/**
 * Index of the latest known development period of each origin (−1 for an origin with no known cell).
 * @example
 * latestIndexes({ origins: ["a", "b"], cells: [[1, 2], [3, null]] })
 * // → [1, 0]
 */
export function latestIndexes(triangle: Triangle): number[] {
  return triangle.cells.map((row) => {
    let last = -1;
    row.forEach((cell, index) => {
      if (cell !== null) last = index;
    });
    return last;
  });
}

/**
 * The latest known cumulative value of each origin (the triangle's last diagonal); 0 where none is known.
 * @example
 * latestValues({ origins: ["a", "b"], cells: [[1, 2], [3, null]] })
 * // → [2, 3]
 */
export function latestValues(triangle: Triangle): number[] {
  return latestIndexes(triangle).map((last, row) => (last < 0 ? 0 : triangle.cells[row]![last]!));
}

/**
 * The incremental triangle (each cell minus the one before it in its row), `null` where unknown.
 * @example
 * incrementals({ origins: ["a"], cells: [[1, 3, null]] }).cells
 * // → [[1, 2, null]]
 */
export function incrementals(triangle: Triangle): Triangle {
  return {
    origins: triangle.origins,
    cells: triangle.cells.map((row) =>
      row.map((cell, index) => (cell === null ? null : index === 0 ? cell : cell - row[index - 1]!)),
    ),
  };
}
