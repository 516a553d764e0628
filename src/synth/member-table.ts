/**
 * The synthetic fund's members, one slot each, in growable typed arrays (about 22 bytes a member, so a
 * full-size Inner Mongolia fund of 1.4M members over several years takes tens of MB, not gigabytes).
 * A member keeps its slot, and so its id, for as long as it stays; slots of leavers are not reused.
 */
export class MemberTable {
  size = 0;
  region = new Uint8Array(0);
  unit = new Int32Array(0);
  /** 0 = female, 1 = male (the model's sex index). */
  sex = new Uint8Array(0);
  birthDay = new Int32Array(0);
  /** 1 while a member, 0 after leaving. */
  present = new Uint8Array(0);
  retiree = new Uint8Array(0);
  allowanceYears = new Uint16Array(0);
  /** 1 when an allowance was paid in the year just drawn (the count restarts where the policy says so). */
  allowancePaid = new Uint8Array(0);
  /**
   * Lump-sum products (bit k: `LUMP_SUM_KINDS[k]`) the member takes up whenever eligible, plus 128 once
   * decided (0 = not decided yet); used only when the scheme has lump-sum products.
   */
  productChoice = new Uint8Array(0);
  /** Products (bits as above) the member held in the year just drawn: next year's renewal. */
  productsHeld = new Uint8Array(0);

  /** Adds a member and returns its slot. */
  add(region: number, unit: number, sex: number, birthDay: number, retiree: boolean, years: number): number {
    if (this.size === this.region.length) this.grow(Math.max(1024, this.size * 2));
    const slot = this.size++;
    this.region[slot] = region;
    this.unit[slot] = unit;
    this.sex[slot] = sex;
    this.birthDay[slot] = birthDay;
    this.present[slot] = 1;
    this.retiree[slot] = retiree ? 1 : 0;
    this.allowanceYears[slot] = years;
    this.allowancePaid[slot] = 0;
    this.productChoice[slot] = 0;
    this.productsHeld[slot] = 0;
    return slot;
  }

  private grow(capacity: number): void {
    const copy = <T extends Uint8Array | Int32Array | Uint16Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.region = copy(this.region, new Uint8Array(capacity));
    this.unit = copy(this.unit, new Int32Array(capacity));
    this.sex = copy(this.sex, new Uint8Array(capacity));
    this.birthDay = copy(this.birthDay, new Int32Array(capacity));
    this.present = copy(this.present, new Uint8Array(capacity));
    this.retiree = copy(this.retiree, new Uint8Array(capacity));
    this.allowanceYears = copy(this.allowanceYears, new Uint16Array(capacity));
    this.allowancePaid = copy(this.allowancePaid, new Uint8Array(capacity));
    this.productChoice = copy(this.productChoice, new Uint8Array(capacity));
    this.productsHeld = copy(this.productsHeld, new Uint8Array(capacity));
  }
}
