import { describe, expect, it } from "vitest";
import { fft } from "../../src/risk/fft.ts";

/** Naive O(n²) DFT, X[k] = Σ_j x[j]·e^(−2πi·jk/n): the definition, as an independent reference. */
function naiveDft(real: ArrayLike<number>, imag: ArrayLike<number>): { real: number[]; imag: number[] } {
  const n = real.length;
  const outReal: number[] = [];
  const outImag: number[] = [];
  for (let k = 0; k < n; k++) {
    let sumReal = 0;
    let sumImag = 0;
    for (let j = 0; j < n; j++) {
      const angle = (-2 * Math.PI * ((j * k) % n)) / n;
      sumReal += real[j]! * Math.cos(angle) - imag[j]! * Math.sin(angle);
      sumImag += real[j]! * Math.sin(angle) + imag[j]! * Math.cos(angle);
    }
    outReal.push(sumReal);
    outImag.push(sumImag);
  }
  return { real: outReal, imag: outImag };
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

describe("fft", () => {
  it("transforms [1, 2, 3, 4] as computed by hand: [10, −2 + 2i, −2, −2 − 2i]", () => {
    const real = new Float64Array([1, 2, 3, 4]);
    const imag = new Float64Array(4);
    fft(real, imag);
    expect(Array.from(real)).toEqual([10, -2, -2, -2]);
    expect(Array.from(imag)).toEqual([0, 2, 0, -2]);
  });

  it("matches numpy.fft.fft on a complex 8-point vector", () => {
    // numpy 1.24.2: np.fft.fft(np.array([1,2,3,4,5,6,7,8.0]) + 1j*np.array([0.5,-1,0,2,0,0,-3,1]))
    const real = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const imag = new Float64Array([0.5, -1, 0, 2, 0, 0, -3, 1]);
    fft(real, imag);
    const numpyReal = [36.0, -1.0, -8.0, -7.0, -4.0, -1.0, 0.0, -7.0];
    const numpyImag = [
      -0.5, 8.742640687119286, 7.5, 3.5710678118654755, -4.5, 0.25735931288071434, -0.5, -10.571067811865476,
    ];
    expect(maxAbsDifference(real, numpyReal)).toBeLessThan(1e-13);
    expect(maxAbsDifference(imag, numpyImag)).toBeLessThan(1e-13);
  });

  it("matches the naive O(n²) DFT for n = 256", () => {
    const n = 256;
    const real = Float64Array.from({ length: n }, (_, j) => Math.sin(j * 0.37) + (j % 7) / 3);
    const imag = Float64Array.from({ length: n }, (_, j) => Math.cos(j * 1.3) - (j % 5) / 4);
    const expected = naiveDft(real, imag);
    fft(real, imag);
    expect(maxAbsDifference(real, expected.real)).toBeLessThan(1e-11);
    expect(maxAbsDifference(imag, expected.imag)).toBeLessThan(1e-11);
  });

  it("inverts: inverse(forward(x)) = x for n = 2^14", () => {
    const n = 2 ** 14;
    const original = Float64Array.from({ length: n }, (_, j) => Math.exp(-j / 500) * Math.cos(j));
    const real = Float64Array.from(original);
    const imag = new Float64Array(n);
    fft(real, imag);
    expect(maxAbsDifference(real, original)).toBeGreaterThan(0.1); // it really transformed
    fft(real, imag, { inverse: true });
    expect(maxAbsDifference(real, original)).toBeLessThan(1e-13);
    expect(maxAbsDifference(imag, new Float64Array(n))).toBeLessThan(1e-13);
  });

  it("is the identity for n = 1 and rejects lengths that are not equal powers of two", () => {
    const real = new Float64Array([3]);
    const imag = new Float64Array([4]);
    fft(real, imag);
    expect([real[0], imag[0]]).toEqual([3, 4]);
    expect(() => fft(new Float64Array(6), new Float64Array(6))).toThrow(RangeError);
    expect(() => fft(new Float64Array(0), new Float64Array(0))).toThrow(RangeError);
    expect(() => fft(new Float64Array(8), new Float64Array(4))).toThrow(RangeError);
  });
});
