/**
 * Citizens as struct-of-arrays: one typed array per field, rows 0…count−1 are the live citizens
 * (dense: a leaving citizen's row is filled by the last row), so the monthly loop is a plain
 * for-loop over typed arrays (design/architecture.md §Engine style). 30 bytes per row.
 *
 * `group`, `service` and `waitingFor` are written only through `setGroup`, `setService` and
 * `setWaitingFor`, which keep the derived `eventThreshold` in step (the needs loop reads it).
 */
import { GROUP_COUNT, Service } from './codes';

/**
 * The needs loop's class of a citizen who must be examined every month whatever their draw: waiting
 * for a place (queued each month), in a crisis centre (own exit hazards) or in a § 107 place (review of
 * the stay). Every other citizen's class is their group, whose event bound decides from the draw alone.
 */
export const EXAMINED_EVERY_MONTH = GROUP_COUNT;

/** The needs-loop class of a citizen with this group, service and waiting status. */
export function monthlyClassOf(group: number, service: number, waitingFor: number): number {
  const examined = waitingFor !== NO_SERVICE || service === Service.crisisCentre || service === Service.residential107;
  return examined ? EXAMINED_EVERY_MONTH : group;
}

/** Bits of `attributes`. */
export const Attr = {
  /** Trajectory: 0 can progress, 1 stable, 2 degenerative (two bits). */
  trajectoryMask: 0b11,
  /** Particularly complex needs and outward-reacting behaviour (expert-report C9). */
  complex: 0b100,
  /** Current place does not match needs or specialisation (expert-report §5 match). */
  mismatched: 0b1000,
  /** Crisis-centre stay needs a housing solution before exit (selfReferral.ts). */
  needsHousing: 0b10000,
  /** Was placed outside the home or in aftercare as a child (feeds adult inflow, children.ts). */
  formerlyPlaced: 0b100000,
  /** Chose an alternative offer (placement.ts). */
  alternativeOffer: 0b1000000,
} as const;

/** Bits of `countedThisYear`: persons counted once per year per indicator. */
export const Counted = {
  childArea: 1,
  adultArea: 2,
  residential: 4,
  botilbudLike: 8,
  crisis: 16,
  appeal: 32,
  bpa: 64,
} as const;

export class Citizens {
  count = 0;
  capacity: number;
  /**
   * Stable identity for keyed random draws (not an index): a 32-bit hash, kept signed. Draws read it
   * as int32 anyway (`^`, `Math.imul`), and in Node's V8 (no pointer compression) a signed value is
   * never boxed when passed to a call that is not inlined, where an unsigned one of 2^31 or more
   * becomes a heap number.
   */
  id!: Int32Array;
  /** Home (paying) municipality index. */
  municipality!: Uint8Array;
  group!: Uint8Array;
  /** Age in whole years. */
  age!: Uint8Array;
  /** Functional level 0 (none) … 100 (full); need level = 5 − floor(F / 20) clamped to 1…5. */
  functioning!: Uint8Array;
  /** Functional level on 1 January, for progression_share. */
  functioningAtYearStart!: Uint8Array;
  attributes!: Uint8Array;
  service!: Uint8Array;
  /** Provider row delivering the current service (place providers or municipal in-house units). */
  provider!: Uint16Array;
  /** Individual cost factor applied to the provider's tariff (need, complexity, mismatch, rulings, escalation). */
  costFactor!: Float32Array;
  /** Cost of this citizen's help so far this year, DKK. */
  yearCost!: Float32Array;
  /** Month index when the current service started. */
  serviceStart!: Int16Array;
  /** First month not yet charged to the municipality (costs are settled at events and at year end, accounting.ts). */
  accruedFrom!: Int16Array;
  /** Service the citizen is waiting for (0xff = none). */
  waitingFor!: Uint8Array;
  /** Month index when waiting started. */
  waitStart!: Int16Array;
  countedThisYear!: Uint8Array;
  /**
   * Derived: `thresholdByClass[monthlyClassOf(group, service, waitingFor)]`, the highest top byte of the
   * monthly draw for which the needs loop must examine the citizen (255: always). One byte compared
   * with the draw, so that the loop's common case reads one array and no table.
   */
  eventThreshold!: Uint8Array;
  /**
   * By needs-loop class, this year's threshold (needs.buildHazardTables, installed each January by
   * `setEventThresholds`); 255, examine everyone, until the first tables exist.
   */
  thresholdByClass = new Uint8Array(EXAMINED_EVERY_MONTH + 1).fill(255);

  constructor(initialCapacity: number) {
    this.capacity = Math.max(16, initialCapacity);
    this.allocate(this.capacity);
  }

  private allocate(capacity: number): void {
    const old = this.count > 0 ? this.fields() : null;
    this.id = new Int32Array(capacity);
    this.municipality = new Uint8Array(capacity);
    this.group = new Uint8Array(capacity);
    this.age = new Uint8Array(capacity);
    this.functioning = new Uint8Array(capacity);
    this.functioningAtYearStart = new Uint8Array(capacity);
    this.attributes = new Uint8Array(capacity);
    this.service = new Uint8Array(capacity);
    this.provider = new Uint16Array(capacity);
    this.costFactor = new Float32Array(capacity);
    this.yearCost = new Float32Array(capacity);
    this.serviceStart = new Int16Array(capacity);
    this.accruedFrom = new Int16Array(capacity);
    this.waitingFor = new Uint8Array(capacity);
    this.waitStart = new Int16Array(capacity);
    this.countedThisYear = new Uint8Array(capacity);
    this.eventThreshold = new Uint8Array(capacity);
    if (old) {
      const next = this.fields();
      for (let f = 0; f < old.length; f++) next[f].set(old[f].subarray(0, this.count));
    }
    this.capacity = capacity;
  }

  /** All per-citizen arrays, in a fixed order (for copying, moving and measuring). */
  fields(): (Uint8Array | Uint16Array | Int32Array | Int16Array | Float32Array)[] {
    return [
      this.id, this.municipality, this.group, this.age, this.functioning, this.functioningAtYearStart,
      this.attributes, this.service, this.provider, this.costFactor, this.yearCost, this.serviceStart, this.accruedFrom,
      this.waitingFor, this.waitStart, this.countedThisYear, this.eventThreshold,
    ];
  }

  /** Bytes of state per row (sum of element sizes). */
  bytesPerRow(): number {
    return this.fields().reduce((sum, a) => sum + a.BYTES_PER_ELEMENT, 0);
  }

  /** Bytes allocated for all rows, live or spare. */
  allocatedBytes(): number {
    return this.fields().reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Append a row with zeroed fields; returns its index. Grows storage by 1.25× when full. */
  add(id: number): number {
    if (this.count === this.capacity) this.allocate(Math.ceil(this.capacity * 1.25));
    const i = this.count++;
    this.id[i] = id;
    this.waitingFor[i] = NO_SERVICE;
    this.countedThisYear[i] = 0;
    this.attributes[i] = 0;
    this.yearCost[i] = 0;
    this.eventThreshold[i] = 255; // examined until its group and service are set
    return i;
  }

  setGroup(i: number, group: number): void {
    this.group[i] = group;
    this.updateThreshold(i);
  }

  setService(i: number, service: number): void {
    this.service[i] = service;
    this.updateThreshold(i);
  }

  setWaitingFor(i: number, service: number): void {
    this.waitingFor[i] = service;
    this.updateThreshold(i);
  }

  private updateThreshold(i: number): void {
    this.eventThreshold[i] = this.thresholdByClass[monthlyClassOf(this.group[i], this.service[i], this.waitingFor[i])];
  }

  /** Install this year's thresholds by class and rewrite every row's `eventThreshold` (each January). */
  setEventThresholds(byClass: Uint8Array): void {
    this.thresholdByClass.set(byClass);
    const table = this.thresholdByClass, threshold = this.eventThreshold;
    const group = this.group, service = this.service, waitingFor = this.waitingFor;
    for (let i = 0; i < this.count; i++) threshold[i] = table[monthlyClassOf(group[i], service[i], waitingFor[i])];
  }

  /** Remove row i by moving the last row into it. The caller must not rely on the old last index. */
  remove(i: number): void {
    const last = --this.count;
    if (i === last) return;
    this.id[i] = this.id[last];
    this.municipality[i] = this.municipality[last];
    this.group[i] = this.group[last];
    this.age[i] = this.age[last];
    this.functioning[i] = this.functioning[last];
    this.functioningAtYearStart[i] = this.functioningAtYearStart[last];
    this.attributes[i] = this.attributes[last];
    this.service[i] = this.service[last];
    this.provider[i] = this.provider[last];
    this.costFactor[i] = this.costFactor[last];
    this.yearCost[i] = this.yearCost[last];
    this.serviceStart[i] = this.serviceStart[last];
    this.accruedFrom[i] = this.accruedFrom[last];
    this.waitingFor[i] = this.waitingFor[last];
    this.waitStart[i] = this.waitStart[last];
    this.countedThisYear[i] = this.countedThisYear[last];
    this.eventThreshold[i] = this.eventThreshold[last];
  }
}

export const NO_SERVICE = 0xff;

/** Need level 1…5 from functional level 0…100. */
export function needLevel(functioning: number): number {
  const level = 5 - Math.floor(functioning / 20);
  return level < 1 ? 1 : level;
}
