import { describe, expect, it } from 'vitest';
import { settleEveryoneNow, settleNow, settleSpell } from '../../../models/mechanisms/accounting';
import { SERVICE_COUNT } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld } from '../helpers';

describe('accounting', () => {
  it('charges tariff × cost factor for each month of the spell to the home municipality, the service and the provider', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    const i = 3;
    const q = c.provider[i];
    const m = c.municipality[i];
    const s = c.service[i];
    c.accruedFrom[i] = 2;
    c.yearCost[i] = 0;
    const revenue = world.providers.revenueYear[q];
    settleSpell(world, i, 6); // March–July: 5 months
    const expected = world.providers.monthlyTariff[q] * c.costFactor[i] * 5;
    expect(expected).toBeGreaterThan(0);
    expect(world.acc.spendByMunicipalityService[m * SERVICE_COUNT + s]).toBe(expected);
    expect(world.acc.serviceMonths[s]).toBe(5);
    expect(world.providers.revenueYear[q]).toBeCloseTo(revenue + expected, 4);
    expect(c.yearCost[i]).toBeCloseTo(expected, -1); // Float32 storage
    expect(c.accruedFrom[i]).toBe(7);
  });

  it('never charges a month twice: settling again up to the same month adds nothing', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    world.month = 4;
    const i = 10;
    world.citizens.accruedFrom[i] = 0;
    settleNow(world, i);
    const total = world.acc.spendByMunicipalityService.reduce((a, b) => a + b, 0);
    settleNow(world, i);
    settleSpell(world, i, 2);
    expect(world.acc.spendByMunicipalityService.reduce((a, b) => a + b, 0)).toBe(total);
    expect(world.citizens.accruedFrom[i]).toBe(5);
  });

  it('charges nothing for an entrant in its month of entry (charged from the next month)', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    world.month = 7;
    world.citizens.accruedFrom[0] = 8;
    settleNow(world, 0);
    expect(world.acc.spendByMunicipalityService.every((x) => x === 0)).toBe(true);
  });

  it('settles everyone at year end to exactly the sums of settling each citizen in turn', () => {
    const one = smallWorld().world;
    const all = smallWorld().world;
    for (const w of [one, all]) {
      w.acc = new YearAccumulator(w.municipalities.count);
      w.month = 11;
      // Spells of different lengths, including citizens already settled through December.
      for (let i = 0; i < w.citizens.count; i++) w.citizens.accruedFrom[i] = i % 13;
    }
    for (let i = 0; i < one.citizens.count; i++) settleNow(one, i);
    settleEveryoneNow(all);
    expect(Array.from(all.acc.spendByMunicipalityService)).toEqual(Array.from(one.acc.spendByMunicipalityService));
    expect(Array.from(all.acc.serviceMonths)).toEqual(Array.from(one.acc.serviceMonths));
    expect(Array.from(all.providers.revenueYear)).toEqual(Array.from(one.providers.revenueYear));
    expect(Array.from(all.citizens.yearCost)).toEqual(Array.from(one.citizens.yearCost));
    expect(Array.from(all.citizens.accruedFrom)).toEqual(Array.from(one.citizens.accruedFrom));
    expect(all.acc.spendByMunicipalityService.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
