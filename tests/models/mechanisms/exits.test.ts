import { describe, expect, it } from 'vitest';
import { releasePlace, removeCitizen } from '../../../models/mechanisms/exits';
import { Service, isResidentialService } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld } from '../helpers';

describe('exits', () => {
  it('a resident who dies frees the place, is settled, counted as an exit and a death, and the last row takes its place', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    world.month = 3;
    const c = world.citizens;
    const p = world.providers;
    let i = 0;
    while (!isResidentialService(c.service[i]) || i === c.count - 1) i++;
    const q = c.provider[i];
    const occupied = p.occupied[q];
    const lastId = c.id[c.count - 1];
    const count = c.count;
    c.accruedFrom[i] = 0;
    removeCitizen(world, i, true);
    expect(c.count).toBe(count - 1);
    expect(p.occupied[q]).toBe(occupied - 1);
    expect(world.acc.exits).toBe(1);
    expect(world.acc.deaths).toBe(1);
    expect(c.id[i]).toBe(lastId);
    // Four months (January–April) were charged before leaving.
    expect(world.acc.serviceMonths.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('an exit for other reasons is not a death', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    removeCitizen(world, 0, false);
    expect([world.acc.exits, world.acc.deaths]).toEqual([1, 0]);
  });

  it('releasing in-house help leaves every provider’s occupancy untouched', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    let i = 0;
    while (c.service[i] !== Service.homeSupport) i++;
    const occupied = Int32Array.from(world.providers.occupied);
    releasePlace(world, i);
    expect([...world.providers.occupied]).toEqual([...occupied]);
  });
});
