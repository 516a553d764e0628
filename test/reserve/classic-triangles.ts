import type { Triangle } from "../../src/reserve/triangle.ts";

/** Builds a triangle from rows of cumulative values, the future left out of each row. */
function square(origins: string[], rows: number[][]): Triangle {
  const width = rows[0]!.length;
  return {
    origins,
    cells: rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]),
  };
}

const years = (first: number, count: number) => Array.from({ length: count }, (_, i) => String(first + i));

/**
 * Taylor & Ashe (1983), the triangle of Mack (1993) and England & Verrall (2002): cumulative incurred
 * claims, as R ChainLadder's `GenIns` and chainladder-python's `genins.csv` (origins renumbered 1..10 there).
 */
export const GEN_INS = square(years(1, 10), [
  [357848, 1124788, 1735330, 2218270, 2745596, 3319994, 3466336, 3606286, 3833515, 3901463],
  [352118, 1236139, 2170033, 3353322, 3799067, 4120063, 4647867, 4914039, 5339085],
  [290507, 1292306, 2218525, 3235179, 3985995, 4132918, 4628910, 4909315],
  [310608, 1418858, 2195047, 3757447, 4029929, 4381982, 4588268],
  [443160, 1136350, 2128333, 2897821, 3402672, 3873311],
  [396132, 1333217, 2180715, 2985752, 3691712],
  [440832, 1288463, 2419861, 3483130],
  [359480, 1421128, 2864498],
  [376686, 1363294],
  [344014],
]);

/** The RAA triangle of Mack (1994), as R ChainLadder's `RAA` and chainladder-python's `raa.csv`. */
export const RAA = square(years(1981, 10), [
  [5012, 8269, 10907, 11805, 13539, 16181, 18009, 18608, 18662, 18834],
  [106, 4285, 5396, 10666, 13782, 15599, 15496, 16169, 16704],
  [3410, 8992, 13873, 16141, 18735, 22214, 22863, 23466],
  [5655, 11555, 15766, 21266, 23425, 26083, 27067],
  [1092, 9565, 15836, 22169, 25955, 26180],
  [1513, 6445, 11702, 12935, 15852],
  [557, 4020, 10946, 12314],
  [1351, 6947, 13112],
  [3133, 5395],
  [2063],
]);

/**
 * The mortgage guarantee triangle of Mack (1999), "The standard error of chain ladder reserve estimates:
 * recursive calculation and inclusion of a tail factor", ASTIN Bulletin 29(2), as R ChainLadder's
 * `Mortgage` and chainladder-python's `mortgage.csv`.
 */
export const MORTGAGE = square(years(1, 9), [
  [58046, 127970, 476599, 1027692, 1360489, 1647310, 1819179, 1906852, 1950105],
  [24492, 141767, 984288, 2142656, 2961978, 3683940, 4048898, 4115760],
  [32848, 274682, 1522637, 3203427, 4445927, 5158781, 5342585],
  [21439, 529828, 2900301, 4999019, 6460112, 6853904],
  [40397, 763394, 2920745, 4989572, 5648563],
  [90748, 951994, 4210640, 5866482],
  [62096, 868480, 1954797],
  [24983, 284441],
  [13121],
]);
