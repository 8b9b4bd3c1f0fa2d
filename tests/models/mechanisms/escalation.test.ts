import { describe, expect, it } from 'vitest';
import { escalate, escalateHistory } from '../../../models/mechanisms/escalation';
import { escalationHistoryYears } from '../../../models/init/initialise';
import { ESCALATION_HISTORY_FROM_YEAR, FIRST_YEAR, GROUPS } from '../../../models/parameters/world';
import { Purpose, uniform } from '../../../models/random/keyed';
import { Attr } from '../../../models/state/citizens';
import { Owner, Service } from '../../../models/state/codes';
import type { World } from '../../../models/state/world';
import { smallWorld } from '../helpers';

function rowOf(w: World, service: number, owner: number): number {
  const p = w.providers;
  for (let q = 0; q < p.count; q++) if (p.service[q] === service && p.owner[q] === owner) return q;
  throw new Error('no such provider');
}

/** Share of (citizen, year) draws in which a complex resident of `owner`'s § 108 place escalates. */
function escalationRate(w: World, owner: number): number {
  const c = w.citizens;
  const q = rowOf(w, Service.residential108, owner);
  let escalations = 0;
  let draws = 0;
  for (let year = 2019; year < 2039; year++) {
    w.year = year;
    for (let i = 0; i < 1000; i++) {
      c.service[i] = Service.residential108;
      c.provider[i] = q;
      c.attributes[i] = Attr.complex;
      c.costFactor[i] = 1;
      escalate(w, i);
      expect(c.costFactor[i] === 1 || Math.abs(c.costFactor[i] - (1 + w.assumptions.escalationCostStep)) < 1e-6).toBe(true);
      if (c.costFactor[i] > 1) escalations += 1;
      draws += 1;
    }
  }
  return escalations / draws;
}

describe('escalation of the most expensive cases', () => {
  it('escalates complex residents in private places at the private up-coding rate, in public places at the public rate', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    const a = world.assumptions;
    expect(Math.abs(escalationRate(world, Owner.private) - a.privateUpcodingPerYear)).toBeLessThan(0.015);
    expect(Math.abs(escalationRate(world, Owner.municipal) - a.publicUpcodingPerYear)).toBeLessThan(0.01);
  });

  it('standardised tariffs with comparable packages halve up-coding', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.policy = { ...world.policy, standardTariffModel: true };
    expect(Math.abs(escalationRate(world, Owner.private) - world.assumptions.privateUpcodingPerYear / 2)).toBeLessThan(0.01);
  });

  it('never touches citizens outside residential places, and never lowers a cost factor', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    world.year = 2020;
    for (let i = 0; i < c.count; i++) {
      const before = c.costFactor[i];
      const residential = c.service[i] === Service.residential107 || c.service[i] === Service.residential108 || c.service[i] === Service.botilbudLike;
      c.attributes[i] |= Attr.mismatched;
      escalate(world, i);
      if (residential) expect(c.costFactor[i]).toBeGreaterThanOrEqual(before);
      else expect(c.costFactor[i]).toBe(before);
    }
  });

  it('the 2018 stock brings its history: one yearly escalation per year before 2018, each with that year\'s draw, the same under any policy', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    const c = world.citizens;
    const a = world.assumptions;
    const q = rowOf(world, Service.residential108, Owner.private);
    const years = 9;
    let escalated = 0;
    for (let i = 0; i < 400; i++) {
      c.service[i] = Service.residential108;
      c.provider[i] = q;
      c.attributes[i] = Attr.complex;
      // Expected: the draws of 2009–2017 (never those of the run's own years), at the private rate.
      let expected = 1;
      for (let year = FIRST_YEAR - years; year < FIRST_YEAR; year++) {
        if (uniform(world.seed, c.id[i], year, Purpose.escalation) < a.privateUpcodingPerYear) expected *= 1 + a.escalationCostStep;
      }
      for (const standardTariffModel of [false, true]) {
        world.policy = { ...world.policy, standardTariffModel };
        c.costFactor[i] = 1;
        escalateHistory(world, i, years);
        expect(c.costFactor[i]).toBeCloseTo(expected, 5);
      }
      if (expected > 1) escalated += 1;
    }
    // About 1 − (1 − rate)^9 of them escalated at least once.
    const share = escalated / 400;
    expect(Math.abs(share - (1 - (1 - a.privateUpcodingPerYear) ** years))).toBeLessThan(0.08);
  });

  it('a resident\'s history is at most the years since the 2007 reform and since the group\'s youngest entry age, and most long-term residents have it all', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    const c = world.citizens;
    let residents = 0;
    let full = 0;
    for (let i = 0; i < c.count; i++) {
      const years = escalationHistoryYears(world, i);
      expect(years).toBeGreaterThanOrEqual(0);
      expect(years).toBeLessThanOrEqual(FIRST_YEAR - ESCALATION_HISTORY_FROM_YEAR);
      expect(years).toBeLessThanOrEqual(Math.max(0, c.age[i] - GROUPS[c.group[i]].entryAge[0]));
      if (c.service[i] === Service.residential108) {
        residents += 1;
        if (years === FIRST_YEAR - ESCALATION_HISTORY_FROM_YEAR) full += 1;
      }
    }
    // Homes are left slowly (a few per cent a year), so a stay found in 2018 has mostly lasted since 2007.
    expect(residents).toBeGreaterThan(50);
    expect(full / residents).toBeGreaterThan(0.5);
  });
});
