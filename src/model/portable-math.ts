/**
 * `exp`, `log` and `pow` written with IEEE-754 arithmetic only (+ − × ÷ and exact bit manipulation), so
 * they give the same bits in every JavaScript engine. `Math.exp`, `Math.log` and `Math.pow` are not
 * required to be correctly rounded, and Chromium's and Node's differ in the last bit on many inputs;
 * the simulation uses these instead, so a scenario and seed give bit-identical results in Node and in
 * the browser. The algorithms are fdlibm's (Sun Microsystems, 1993: e_exp.c and e_log.c), with error
 * below 1 ulp; `pow(x, y)` is exp(y · log x), whose relative error grows with |y · log x| (1e-14 at 100).
 */

const bits = new DataView(new ArrayBuffer(8));

const highWord = (x: number): number => {
  bits.setFloat64(0, x);
  return bits.getInt32(0);
};

/** 2^k for integer k in [−1022, 1023], exactly. */
const twoTo = (k: number): number => {
  bits.setInt32(0, (k + 1023) << 20);
  bits.setInt32(4, 0);
  return bits.getFloat64(0);
};

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * e^x, the same bits on every engine (fdlibm's `__ieee754_exp`: reduce x = k·ln2 + r with |r| ≤ ln2/2,
 * a rational approximation of e^r, then scale by 2^k). Error below 1 ulp.
 * @example exp(1) // e, within 1 ulp (Math.E is 2.718281828459045)
 * // ≈ 2.718281828459045
 */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893383973096) return Infinity;
  if (x < -745.13321910194110842) return 0;
  const absolute = Math.abs(x);
  if (absolute < 3.725290298461914e-9) return 1 + x;
  let k = 0;
  let hi = x;
  let lo = 0;
  if (absolute > 0.34657359027997264) {
    k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return k > 1023 ? y * twoTo(1023) * twoTo(k - 1023) : y * twoTo(k);
  return y * twoTo(k + 1000) * twoTo(-1000);
}

const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const SQRT2 = 1.4142135623730951;

/**
 * Natural logarithm, the same bits on every engine (fdlibm's `__ieee754_log`: x = 2^k · f with f in
 * [√2/2, √2), then log(f) from s = (f − 1)/(f + 1) by a polynomial in s²). Error below 1 ulp.
 * @example log(Math.E)
 * // → 1
 */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: subnormals
    k = -54;
  }
  const high = highWord(x);
  k += (high >> 20) - 1023;
  bits.setFloat64(0, x);
  bits.setInt32(0, (high & 0x000fffff) | 0x3ff00000);
  let f = bits.getFloat64(0);
  if (f > SQRT2) {
    f /= 2;
    k += 1;
  }
  f -= 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const halfSquare = 0.5 * f * f;
  return k * LN2_HI - (halfSquare - (s * (halfSquare + r) + k * LN2_LO) - f);
}

/**
 * x^y for x ≥ 0 as exp(y · log x), the same bits on every engine. (Negative bases are not needed by
 * the model and give NaN.)
 * @example pow(2, 10) // to within 1e-13
 * // ≈ 1024.0000000000
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return exp(y * log(x));
}
