import seedrandom from "seedrandom";

/**
 * A reproducible stream of uniform numbers for one (seed, path, year, purpose): seedrandom's ARC4 turns
 * the key into 128 bits of state, and a small fast generator (sfc32, Chris Doty-Humphrey's "small fast
 * counting" generator, PractRand-clean) draws from it. ARC4 costs about 10× more per draw, so it only
 * seeds. A stream depends on the key alone, never on the number of workers, so results are bit-identical
 * on 1 or N threads, in Node or the browser.
 */
export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    const arc4 = seedrandom(key);
    this.a = arc4.int32();
    this.b = arc4.int32();
    this.c = arc4.int32();
    this.d = arc4.int32() | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A 32-bit unsigned integer. Cost: a few ns. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return this.nextUint32() / 4294967296;
  }
}

/**
 * The stream for one path, year and purpose of a run with `seed`.
 * @example streamFor(1, 0, 1, "claims").uniform() // the same number on every machine
 */
export function streamFor(seed: number, path: number, year: number, purpose: string): RandomStream {
  return new RandomStream(`huzhu/${seed}/${path}/${year}/${purpose}`);
}
