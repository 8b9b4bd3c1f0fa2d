/**
 * Providers (places and in-house units) as struct-of-arrays. A row is either an offer with places
 * (residential §§ 107/108, botilbud-like housing, children's institutions, crisis centres, shelters)
 * or a municipality's in-house unit for a service without places (home support, preventive measures,
 * foster care, aftercare, BPA, treatment), whose capacity is unlimited. Rows are never removed:
 * a closed offer keeps its row with `open = 0` (at most a few thousand rows).
 */
export const UNLIMITED_PLACES = 1_000_000_000;

export class Providers {
  count = 0;
  capacityRows: number;
  service!: Uint8Array;
  owner!: Uint8Array;
  /** Location (host) municipality index; 0xff for none. */
  municipality!: Uint8Array;
  region!: Uint8Array;
  specialisation!: Uint8Array;
  open!: Uint8Array;
  /** Places; UNLIMITED_PLACES for in-house units. */
  places!: Int32Array;
  occupied!: Int32Array;
  /** Cost per place-year at need level 3 and standards 1, DKK (2023 prices). */
  costBase!: Float64Array;
  /** Standards multiplier ≥ 1: drifts up with supervision, score chasing and rulings. */
  standards!: Float64Array;
  /** Price per place-year charged to buyers, DKK. */
  tariff!: Float64Array;
  /** tariff / 12, read in the monthly loop. */
  monthlyTariff!: Float64Array;
  markup!: Float64Array;
  /** Latent quality 0…1 (expert-report §5: keep latent quality separate from the measured score). */
  latentQuality!: Float64Array;
  /** Last supervision score (1–5, or 1/5 under a binary model). */
  score!: Float64Array;
  scoreChaser!: Uint8Array;
  /** Revenue this year, DKK. */
  revenueYear!: Float64Array;
  /** Sum over months of occupied places this year (for mean occupancy). */
  occupiedMonths!: Float64Array;
  /** Consecutive years below the closure occupancy. */
  lowOccupancyYears!: Uint8Array;
  /** Accumulated surplus (+) or deficit (−) beyond the 5 % band, carried into later tariffs (agreements M001-6). */
  carry!: Float64Array;
  /** Supervision cost borne by this provider this year (fee + visit + recommendations), DKK. */
  supervisionCostYear!: Float64Array;
  /** Citizens who started a stay this year (volume for specialisation rules). */
  admissionsYear!: Int32Array;
  openedYear!: Int16Array;

  constructor(initialRows: number) {
    this.capacityRows = Math.max(16, initialRows);
    this.allocate(this.capacityRows);
  }

  private arrays(): (Uint8Array | Int32Array | Float64Array | Int16Array)[] {
    return [
      this.service, this.owner, this.municipality, this.region, this.specialisation, this.open, this.places,
      this.occupied, this.costBase, this.standards, this.tariff, this.monthlyTariff, this.markup, this.latentQuality,
      this.score, this.scoreChaser, this.revenueYear, this.occupiedMonths, this.lowOccupancyYears, this.carry,
      this.supervisionCostYear, this.admissionsYear, this.openedYear,
    ];
  }

  private allocate(rows: number): void {
    const old = this.count > 0 ? this.arrays() : null;
    this.service = new Uint8Array(rows);
    this.owner = new Uint8Array(rows);
    this.municipality = new Uint8Array(rows);
    this.region = new Uint8Array(rows);
    this.specialisation = new Uint8Array(rows);
    this.open = new Uint8Array(rows);
    this.places = new Int32Array(rows);
    this.occupied = new Int32Array(rows);
    this.costBase = new Float64Array(rows);
    this.standards = new Float64Array(rows);
    this.tariff = new Float64Array(rows);
    this.monthlyTariff = new Float64Array(rows);
    this.markup = new Float64Array(rows);
    this.latentQuality = new Float64Array(rows);
    this.score = new Float64Array(rows);
    this.scoreChaser = new Uint8Array(rows);
    this.revenueYear = new Float64Array(rows);
    this.occupiedMonths = new Float64Array(rows);
    this.lowOccupancyYears = new Uint8Array(rows);
    this.carry = new Float64Array(rows);
    this.supervisionCostYear = new Float64Array(rows);
    this.admissionsYear = new Int32Array(rows);
    this.openedYear = new Int16Array(rows);
    if (old) {
      const next = this.arrays();
      for (let f = 0; f < old.length; f++) next[f].set(old[f].subarray(0, this.count));
    }
    this.capacityRows = rows;
  }

  add(fields: {
    service: number; owner: number; municipality: number; region: number; specialisation: number;
    places: number; costBase: number; latentQuality: number; scoreChaser: boolean; openedYear: number;
  }): number {
    if (this.count === this.capacityRows) this.allocate(Math.ceil(this.capacityRows * 1.5));
    const p = this.count++;
    this.service[p] = fields.service;
    this.owner[p] = fields.owner;
    this.municipality[p] = fields.municipality;
    this.region[p] = fields.region;
    this.specialisation[p] = fields.specialisation;
    this.open[p] = 1;
    this.places[p] = fields.places;
    this.occupied[p] = 0;
    this.costBase[p] = fields.costBase;
    this.standards[p] = 1;
    this.tariff[p] = fields.costBase;
    this.monthlyTariff[p] = fields.costBase / 12;
    this.markup[p] = 0;
    this.latentQuality[p] = fields.latentQuality;
    this.score[p] = 4;
    this.scoreChaser[p] = fields.scoreChaser ? 1 : 0;
    this.openedYear[p] = fields.openedYear;
    return p;
  }

  vacancies(p: number): number {
    return this.open[p] ? this.places[p] - this.occupied[p] : 0;
  }
}
