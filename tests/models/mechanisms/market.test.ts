import { describe, expect, it } from 'vitest';
import { stepMarket } from '../../../models/mechanisms/market';
import { Owner, Service, isResidentialService } from '../../../models/state/codes';
import { UNLIMITED_PLACES } from '../../../models/state/providers';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld } from '../helpers';

function isMarketRow(service: number, places: number): boolean {
  return places < UNLIMITED_PLACES && (isResidentialService(service) || service === Service.placementResidential);
}

describe('market: closure and entry', () => {
  it('closes long under-used private offers to new residents, keeping exactly the places of those who stay', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.year = 2021;
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    // Years at zero occupancy everywhere: every offer is under-used.
    p.occupiedMonths.fill(0);
    p.lowOccupancyYears.fill(10);
    const before = { places: Int32Array.from(p.places), occupied: Int32Array.from(p.occupied), open: Uint8Array.from(p.open) };
    stepMarket(world, new Float64Array(world.regionCount * 2));
    let closed = 0;
    let expectedClosed = 0;
    for (let q = 0; q < before.places.length; q++) {
      if (!before.open[q] || !isMarketRow(p.service[q], before.places[q])) continue;
      expect(p.occupied[q]).toBeLessThanOrEqual(p.places[q]);
      if (p.owner[q] === Owner.private || p.owner[q] === Owner.selfOwned) {
        expect(p.open[q]).toBe(0);
        expect(p.places[q]).toBe(before.occupied[q]);
        closed += 1;
      }
      expectedClosed += before.places[q] - p.places[q];
    }
    expect(closed).toBeGreaterThan(0);
    expect(world.acc.placesClosed).toBe(expectedClosed);
  });

  it('shrinks long under-used public offers to their residents plus 5 %, never below them', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.year = 2021;
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    p.occupiedMonths.fill(0);
    p.lowOccupancyYears.fill(10);
    const occupied = Int32Array.from(p.occupied);
    const places = Int32Array.from(p.places);
    const open = Uint8Array.from(p.open);
    stepMarket(world, new Float64Array(world.regionCount * 2));
    let shrunk = 0;
    for (let q = 0; q < places.length; q++) {
      if (!open[q] || !isMarketRow(p.service[q], places[q]) || !(p.owner[q] === Owner.municipal || p.owner[q] === Owner.regional)) continue;
      expect(p.places[q]).toBe(Math.max(occupied[q], Math.ceil(occupied[q] * 1.05)));
      expect(p.places[q]).toBeGreaterThanOrEqual(p.occupied[q]);
      expect(p.open[q]).toBe(p.places[q] > 0 ? 1 : 0);
      if (p.places[q] < places[q]) shrunk += 1;
    }
    expect(shrunk).toBeGreaterThan(0);
  });

  it('leaves well-used and new offers alone', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.year = 2019;
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    for (let q = 0; q < p.count; q++) p.occupiedMonths[q] = 12 * p.places[q];
    const places = Int32Array.from(p.places);
    stepMarket(world, new Float64Array(world.regionCount * 2));
    expect([...p.places.subarray(0, places.length)]).toEqual([...places]);
    expect(world.acc.placesClosed).toBe(0);
  });

  it('lets private operators open offers where citizens wait, and none where nobody waits', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.year = 2019;
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    for (let q = 0; q < p.count; q++) p.occupiedMonths[q] = 12 * p.places[q];
    const rows = p.count;
    stepMarket(world, new Float64Array(world.regionCount * 2));
    expect(p.count).toBe(rows);
    const waiting = new Float64Array(world.regionCount * 2).fill(50 * world.sample);
    stepMarket(world, waiting);
    expect(p.count).toBeGreaterThan(rows);
    let opened = 0;
    for (let q = rows; q < p.count; q++) {
      expect([Owner.private, Owner.selfOwned]).toContain(p.owner[q]);
      expect(isResidentialService(p.service[q])).toBe(true);
      expect(p.places[q]).toBeGreaterThan(0);
      expect(p.occupied[q]).toBe(0);
      expect(world.municipalities.info[p.municipality[q]].region).toBe(p.region[q]);
      opened += p.places[q];
    }
    expect(world.acc.placesOpenedPrivate).toBe(opened);
  });

  it('draws an entrant\'s owner independently of its type (self-owned operators also open botilbud-like housing)', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    const first = p.count;
    // Long-term waiting only, over many years: enough entrants to see every type × owner cell.
    const waiting = new Float64Array(world.regionCount * 2);
    for (let r = 0; r < world.regionCount; r++) waiting[r * 2 + 1] = 200 * world.sample;
    for (let year = 2019; year < 2040; year++) {
      world.year = year;
      for (let q = 0; q < p.count; q++) p.occupiedMonths[q] = 12 * p.places[q];
      stepMarket(world, waiting);
    }
    const cells = new Map<string, number>();
    for (let q = first; q < p.count; q++) cells.set(`${p.service[q]}/${p.owner[q]}`, (cells.get(`${p.service[q]}/${p.owner[q]}`) ?? 0) + 1);
    const entrants = p.count - first;
    expect(entrants).toBeGreaterThan(400);
    const share = (service: number, owner: number): number => (cells.get(`${service}/${owner}`) ?? 0) / entrants;
    // 65 % botilbud-like × 25 % self-owned ≈ 16 %; 35 % § 108 × 75 % private ≈ 26 % (binomial sd < 2.5 points).
    expect(share(Service.botilbudLike, Owner.selfOwned)).toBeGreaterThan(0.09);
    expect(share(Service.botilbudLike, Owner.selfOwned)).toBeLessThan(0.23);
    expect(share(Service.residential108, Owner.private)).toBeGreaterThan(0.18);
    expect(share(Service.residential108, Owner.private)).toBeLessThan(0.34);
  });
});
