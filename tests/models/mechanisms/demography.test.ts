import { describe, expect, it } from 'vitest';
import { createCitizen, drawAttributes, entryMultiplier, stepInflow } from '../../../models/mechanisms/demography';
import { Attr } from '../../../models/state/citizens';
import { GROUP_COUNT, Group } from '../../../models/state/codes';
import { GROUPS } from '../../../models/parameters/world';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld } from '../helpers';

describe('inflow and demography', () => {
  it('draws an entrant’s functional level, age and traits within their ranges, the same for the same id', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    for (let g = 0; g < GROUP_COUNT; g++) {
      for (let k = 0; k < 200; k++) {
        c.id[0] = 1_000_000 + k;
        drawAttributes(world, 0, g);
        const snapshot = [c.functioning[0], c.age[0], c.attributes[0]];
        expect(c.functioning[0]).toBeLessThanOrEqual(100);
        expect(c.age[0]).toBeGreaterThanOrEqual(GROUPS[g].entryAge[0]);
        expect(c.age[0]).toBeLessThanOrEqual(GROUPS[g].entryAge[1]);
        expect(c.attributes[0] & Attr.trajectoryMask).toBeLessThanOrEqual(2);
        if (g === Group.adultPhysical || g === Group.adultViolence) expect(c.attributes[0] & Attr.complex).toBe(0);
        if (g !== Group.adultViolence) expect(c.attributes[0] & Attr.needsHousing).toBe(0);
        drawAttributes(world, 0, g);
        expect([c.functioning[0], c.age[0], c.attributes[0]]).toEqual(snapshot);
      }
    }
  });

  it('makes complex needs rare: below the assumed share of heavy-need entrants', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    let complex = 0;
    const n = 20_000;
    for (let k = 0; k < n; k++) {
      c.id[0] = 5_000_000 + k;
      drawAttributes(world, 0, Group.adultCognitive);
      if (c.attributes[0] & Attr.complex) complex += 1;
    }
    expect(complex / n).toBeGreaterThan(0);
    expect(complex / n).toBeLessThan(world.assumptions.complexShareOfResidential);
  });

  it('creates a citizen that counts as an entry and starts being charged next month', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    world.month = 4;
    const count = world.citizens.count;
    const i = createCitizen(world, 777, 3, Group.adultAutism);
    expect(i).toBe(count);
    expect(world.citizens.count).toBe(count + 1);
    expect([world.citizens.id[i], world.citizens.municipality[i], world.citizens.group[i], world.citizens.accruedFrom[i]]).toEqual([777, 3, Group.adultAutism, 5]);
    expect(world.citizens.costFactor[i]).toBeGreaterThan(0);
    expect(world.acc.entries).toBe(1);
    expect(world.acc.personsAdultArea).toBe(1);
  });

  it('has positive entry multipliers in every year and group', () => {
    const { world } = smallWorld();
    for (let year = 2018; year <= 2040; year++) {
      world.year = year;
      for (let g = 0; g < GROUP_COUNT; g++) expect(entryMultiplier(world, g)).toBeGreaterThan(0);
    }
  });

  it('brings in about the expected number of new citizens a month, all with valid municipalities and groups', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.acc = new YearAccumulator(world.municipalities.count);
    let expected = 0;
    for (let g = 0; g < GROUP_COUNT; g++) expected += (GROUPS[g].entriesPerYear / 12) * entryMultiplier(world, g) * world.sample;
    const count = world.citizens.count;
    const months = 12;
    for (let month = 0; month < months; month++) {
      world.month = month;
      stepInflow(world, new Float64Array(GROUP_COUNT).fill(1));
    }
    // Incidence multipliers have mean 1 across municipalities: allow ±25 %.
    const perMonth = world.acc.entries / months;
    expect(perMonth).toBeGreaterThan(expected * 0.75);
    expect(perMonth).toBeLessThan(expected * 1.25);
    for (let i = count; i < world.citizens.count; i++) {
      expect(world.citizens.municipality[i]).toBeLessThan(world.municipalities.count);
      expect(world.citizens.group[i]).toBeLessThan(GROUP_COUNT);
    }
  });
});
