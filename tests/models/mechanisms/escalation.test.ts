import { describe, expect, it } from 'vitest';
import { escalate } from '../../../models/mechanisms/escalation';
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
});
