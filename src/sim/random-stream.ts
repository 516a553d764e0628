import seedrandom from "seedrandom";

/**
 * A reproducible stream of uniform numbers for one (seed, path, year, purpose): seedrandom's ARC4 turns
 * the key into 128 bits of state, and a small fast generator (sfc32, Chris Doty-Humphrey's "small fast
 * counting" generator, PractRand-clean) draws from it. ARC4 costs about 10× more per draw, so it only
 * seeds. A stream depends on the key alone, never on the number of workers, so results are bit-identical
 * on 1 or N threads, in Node or the browser.
 */
export class RandomStream {
  /**
   * The four 32-bit words of sfc32's state, in a typed array so they are never boxed. Read only by the
   * kernel's hottest loop (`simulateClaims`), which steps sfc32 on local copies and writes them back, so
   * its draws are exactly those of `uniform()` without a call per draw.
   */
  readonly words = new Int32Array(4);

  /** A stream seeded from `key` by ARC4; with no key, a placeholder to `reseed` from a parent. */
  constructor(key?: string) {
    if (key === undefined) return;
    const arc4 = seedrandom(key);
    const words = this.words;
    words[0] = arc4.int32();
    words[1] = arc4.int32();
    words[2] = arc4.int32();
    words[3] = arc4.int32() | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /**
   * Makes this stream the `index`-th substream of `parent`: the parent's state words are mixed with the
   * index by splitmix32 (Steele, Lea and Flood 2014) into a fresh sfc32 state. Cheap (no ARC4), so the
   * kernel gives every membership cell its own substream each year: a cell's draws then do not depend on
   * how many draws the cells before it took, which keeps two scenarios on common random numbers even
   * where their memberships differ by a member.
   */
  reseed(parent: RandomStream, index: number): void {
    const words = this.words;
    const source = parent.words;
    for (let k = 0; k < 4; k++) {
      let z = (source[k]! + Math.imul(index + 1, 0x9e3779b9) + k) | 0;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      words[k] = z ^ (z >>> 16);
    }
    words[3] = words[3]! | 1;
    for (let i = 0; i < 8; i++) this.uniform();
  }

  /** A 32-bit unsigned integer (the generator's raw output: `uniform()` × 2^32, exactly). */
  nextUint32(): number {
    return this.uniform() * 4294967296;
  }

  /** A uniform number in [0, 1) with 32 bits of resolution (sfc32 written out: this is the hot call). */
  uniform(): number {
    const words = this.words;
    const a = words[0]!;
    const b = words[1]!;
    const c = words[2]!;
    const d = words[3]!;
    const t = (((a + b) | 0) + d) | 0;
    words[3] = (d + 1) | 0;
    words[0] = b ^ (b >>> 9);
    words[1] = (c + (c << 3)) | 0;
    words[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/**
 * The stream for one path, year and purpose of a run with `seed`.
 * @example streamFor(1, 0, 1, "claims").uniform() === streamFor(1, 0, 1, "claims").uniform() // on every machine
 * // → true
 */
export function streamFor(seed: number, path: number, year: number, purpose: string): RandomStream {
  return new RandomStream(`huzhu/${seed}/${path}/${year}/${purpose}`);
}
