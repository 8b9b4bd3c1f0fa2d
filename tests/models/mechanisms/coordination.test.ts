import { describe, expect, it } from 'vitest';
import { stepCoordination } from '../../../models/mechanisms/coordination';
import { Owner, Service, Specialisation } from '../../../models/state/codes';
import { UNLIMITED_PLACES } from '../../../models/state/providers';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld, withPolicy } from '../helpers';

describe('KKR coordination', () => {
  it('fully binding coordination builds highly specialised § 108 places for the complex citizens waiting in every region', () => {
    const { world } = smallWorld(withPolicy({ coordinationLevel: 1 }));
    world.year = 2019;
    world.acc = new YearAccumulator(world.municipalities.count);
    const rows = world.providers.count;
    const waiting = Float64Array.from({ length: world.regionCount }, (_, r) => r + 1);
    stepCoordination(world, waiting);
    const p = world.providers;
    expect(p.count).toBe(rows + world.regionCount);
    for (let q = rows; q < p.count; q++) {
      const r = p.region[q];
      expect(p.service[q]).toBe(Service.residential108);
      expect(p.specialisation[q]).toBe(Specialisation.highlySpecialised);
      expect(p.owner[q]).toBe(Owner.municipal);
      expect(p.places[q]).toBe(waiting[r]);
      // Hosted by the region's largest municipality.
      const mun = world.municipalities;
      for (let m = 0; m < mun.count; m++) if (mun.info[m].region === r) expect(mun.population[p.municipality[q]]).toBeGreaterThanOrEqual(mun.population[m]);
    }
    expect(world.acc.placesBuiltPublic).toBe(1 + 2 + 3 + 4 + 5);
  });

  it('without coordination nothing is built jointly', () => {
    const { world } = smallWorld(withPolicy({ coordinationLevel: 0 }));
    world.year = 2019;
    world.acc = new YearAccumulator(world.municipalities.count);
    const rows = world.providers.count;
    stepCoordination(world, new Float64Array(world.regionCount).fill(10));
    expect(world.providers.count).toBe(rows);
  });

  it('growth alerts can only lower private tariffs, by the renegotiation cut', () => {
    const { world } = smallWorld(withPolicy({ coordinationLevel: 1 }));
    world.acc = new YearAccumulator(world.municipalities.count);
    const mun = world.municipalities;
    // Every municipality's residential spending grew by 20 %: all raise the alert.
    mun.residentialSpendLastYear.fill(100);
    mun.residentialSpendCurrent.fill(120);
    const p = world.providers;
    let cut = 0;
    for (let year = 2019; year < 2040; year++) {
      world.year = year;
      mun.residentialSpendLastYear.fill(100);
      const tariffs = Float64Array.from(p.tariff);
      stepCoordination(world, new Float64Array(world.regionCount));
      for (let q = 0; q < tariffs.length; q++) {
        if (p.tariff[q] === tariffs[q]) continue;
        expect(p.owner[q]).toBe(Owner.private);
        expect(p.places[q]).toBeLessThan(UNLIMITED_PLACES);
        expect(p.tariff[q]).toBeCloseTo(tariffs[q] * 0.975, 6);
        cut += 1;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
