import { describe, expect, it } from 'vitest';
import { admitSelfReferral, crisisExitHazards, stepSelfReferralCapacity } from '../../../models/mechanisms/selfReferral';
import { Group, Service } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import type { World } from '../../../models/state/world';
import { at, run, scenario, smallWorld, withPolicy } from '../helpers';

function fillSelfReferral(w: World, service: number): void {
  const p = w.providers;
  for (let q = 0; q < p.count; q++) if (p.service[q] === service) p.occupied[q] = p.places[q];
}

describe('self-referral services', () => {
  it('end the acute phase after crisisAcuteMonths on average; the housing wait adds to it, and removing it leaves the acute phase', () => {
    const { world } = smallWorld();
    world.assumptions.crisisAcuteMonths = 1.25;
    const base = crisisExitHazards(world);
    expect(base.acute).toBeCloseTo(0.8, 12);
    expect(base.housing).toBeCloseTo(1 / (1.25 + world.calibration.crisisHousingWaitMonths), 12);
    expect(base.housing).toBeLessThan(base.acute);
    world.policy = { ...world.policy, crisisPostAcuteReduction: 1 };
    expect(crisisExitHazards(world).housing).toBeCloseTo(base.acute, 12);
  });

  it('admit an arrival to a centre with room, preferring one in her own municipality', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.acc = new YearAccumulator(world.municipalities.count);
    const p = world.providers;
    const q = Array.from({ length: p.count }, (_, k) => k).find((k) => p.service[k] === Service.crisisCentre)!;
    p.occupied[q] = 0;
    const m = p.municipality[q];
    const count = world.citizens.count;
    admitSelfReferral(world, 123456789, m, Group.adultViolence);
    expect(world.citizens.count).toBe(count + 1);
    const i = count;
    expect([world.citizens.service[i], world.citizens.provider[i], world.citizens.municipality[i]]).toEqual([Service.crisisCentre, q, m]);
    expect(p.occupied[q]).toBe(1);
    expect(world.acc.crisisStays).toBe(1);
    expect(world.acc.crisisWomen).toBe(1);
    expect(world.acc.entries).toBe(1);
  });

  it('admit a month of arrivals exactly as before when regions found full are remembered', () => {
    // Arrivals only take places, so a region without a vacancy stays without one for the rest of the
    // month's arrivals: remembering it (stepInflow's fullRegions) must change no admission.
    const worlds = [smallWorld(undefined, { sample: 0.05 }).world, smallWorld(undefined, { sample: 0.05 }).world];
    for (const w of worlds) {
      w.acc = new YearAccumulator(w.municipalities.count);
      const p = w.providers;
      // Nearly full: one free place in every other centre and shelter.
      let k = 0;
      for (let q = 0; q < p.count; q++) {
        if (p.service[q] === Service.crisisCentre || p.service[q] === Service.shelter) p.occupied[q] = Math.max(0, p.places[q] - (k++ % 2));
      }
    }
    const fullRegions = new Uint8Array(2 * worlds[0].regionCount);
    for (let n = 0; n < 400; n++) {
      const m = (n * 37) % worlds[0].municipalities.count;
      const group = n % 3 === 0 ? Group.adultHomeless : Group.adultViolence;
      admitSelfReferral(worlds[0], 1000 + n, m, group);
      admitSelfReferral(worlds[1], 1000 + n, m, group, fullRegions);
    }
    const [plain, remembering] = worlds;
    expect(Array.from(remembering.providers.occupied)).toEqual(Array.from(plain.providers.occupied));
    expect(Array.from(remembering.turnedAway)).toEqual(Array.from(plain.turnedAway));
    expect(Array.from(remembering.citizens.provider.subarray(0, plain.citizens.count))).toEqual(Array.from(plain.citizens.provider.subarray(0, plain.citizens.count)));
    expect(plain.acc.turnedAway).toBeGreaterThan(0);
    expect(fullRegions.some((flag) => flag === 1)).toBe(true);
  });

  it('turn a woman away when every crisis centre in the country is full, creating no citizen', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    fillSelfReferral(world, Service.crisisCentre);
    const count = world.citizens.count;
    admitSelfReferral(world, 42, 0, Group.adultViolence);
    expect(world.citizens.count).toBe(count);
    expect(world.acc.turnedAway).toBe(1);
    expect(world.acc.entries).toBe(0);
  });

  it('assess a homeless arrival turned away from full shelters for other help', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    fillSelfReferral(world, Service.shelter);
    const count = world.citizens.count;
    admitSelfReferral(world, 43, 0, Group.adultHomeless);
    expect(world.citizens.count).toBe(count + 1);
    expect(world.acc.turnedAway).toBe(1);
    expect([Service.homeSupport]).toContain(world.citizens.service[count]);
    expect(world.acc.decisions).toBe(1);
  });

  it('operators open centres only where arrivals were turned away', () => {
    const { world } = smallWorld();
    world.year = 2019;
    const rows = world.providers.count;
    world.arrivals.fill(0);
    world.turnedAway.fill(0);
    world.arrivals.fill(100);
    stepSelfReferralCapacity(world, (fields) => world.providers.add(fields));
    expect(world.providers.count).toBe(rows);
    // Half the arrivals in region 2 were turned away from crisis centres: new centres open there, and only there.
    world.arrivals.fill(100);
    world.turnedAway[2] = 50;
    stepSelfReferralCapacity(world, (fields) => world.providers.add(fields));
    expect(world.providers.count).toBeGreaterThan(rows);
    for (let q = rows; q < world.providers.count; q++) {
      expect(world.providers.service[q]).toBe(Service.crisisCentre);
      expect(world.providers.region[q]).toBe(2);
      expect(world.selfReferralRows[2]).toContain(q);
    }
    expect([...world.turnedAway].every((x) => x === 0)).toBe(true);
  });

  it('shortening the post-acute phase shortens crisis-centre stays (same seed)', () => {
    const base = run(scenario(), { endYear: 2019, sample: 0.05 });
    const shorter = run(withPolicy({ crisisPostAcuteReduction: 0.8 }), { endYear: 2019, sample: 0.05 });
    for (const year of [2018, 2019]) {
      expect(at(shorter, 'crisis_avg_stay_days', year)).toBeLessThan(at(base, 'crisis_avg_stay_days', year));
    }
  }, 60_000);
});
