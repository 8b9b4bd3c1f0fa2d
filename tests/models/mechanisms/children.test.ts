import { describe, expect, it } from 'vitest';
import { adultInflowMultipliers, ageAndTransition } from '../../../models/mechanisms/children';
import { GROUP_COUNT, Group, Service, isChildGroup } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import type { World } from '../../../models/state/world';
import { smallWorld, withPolicy } from '../helpers';

function firstRow(w: World, test: (i: number) => boolean): number {
  for (let i = 0; i < w.citizens.count; i++) if (test(i)) return i;
  throw new Error('no such citizen in the test world');
}

describe('children and youth', () => {
  it('transition support and flexible prevention lower adult social inflow only', () => {
    const { world } = smallWorld(withPolicy({ transitionSupport: 1, preventionFlexibility: 1 }));
    const out = new Float64Array(GROUP_COUNT);
    adultInflowMultipliers(world, out);
    // At full strength both cuts apply: the assumed effects as drawn for this replication (3.1, 3.2).
    const expected = 1 - world.assumptions.transitionSupportEffect - world.assumptions.preventionFlexibilityEffect;
    expect(expected).toBeLessThan(0.95);
    for (const g of [Group.adultPsychosocial, Group.adultSubstance, Group.adultHomeless]) expect(out[g]).toBeCloseTo(expected, 12);
    for (const g of [Group.adultCognitive, Group.adultAutism, Group.adultPhysical, Group.adultBrainInjury, Group.adultViolence]) expect(out[g]).toBe(1);
    const base = smallWorld().world;
    adultInflowMultipliers(base, out);
    expect([...out].every((x) => x === 1)).toBe(true);
  });

  it('age every citizen by a year; children under 18 keep their group and help', () => {
    const { world } = smallWorld();
    world.year = 2019;
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    const i = firstRow(world, (k) => c.group[k] === Group.childSocial && c.age[k] <= 15);
    const before = { age: c.age[i], service: c.service[i], provider: c.provider[i] };
    expect(ageAndTransition(world, i)).toBe(true);
    expect(c.age[i]).toBe(before.age + 1);
    expect(c.group[i]).toBe(Group.childSocial);
    expect([c.service[i], c.provider[i]]).toEqual([before.service, before.provider]);
  });

  it('young people leave children’s services at 18: into aftercare, adult services or out of the system', () => {
    const { world } = smallWorld(undefined, { sample: 0.05 });
    world.year = 2019;
    world.month = 12;
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    let i = 0;
    let seen = 0;
    while (i < c.count) {
      if (c.age[i] === 17 && (c.group[i] === Group.childSocial || c.group[i] === Group.childDisability)) {
        seen += 1;
        const id = c.id[i];
        if (!ageAndTransition(world, i)) continue; // removed: the row now holds another citizen
        expect(c.id[i]).toBe(id);
        expect([Group.childSocial, Group.childDisability]).not.toContain(c.group[i]);
        if (isChildGroup(c.group[i])) expect(c.group[i]).toBe(Group.youthAftercare);
        if (c.group[i] === Group.youthAftercare) expect(c.service[i]).toBe(Service.aftercare);
      }
      i++;
    }
    expect(seen).toBeGreaterThan(0);
    expect(world.acc.exits).toBeGreaterThan(0);
  });

  it('a young person leaving a children’s institution for aftercare frees exactly one place', () => {
    // Fails today: children.ts releases the place, then visitation.assess(…, false) releases it again
    // because the citizen's service is still placementResidential; the institution's counter drops by 2.
    const { world } = smallWorld();
    world.year = 2019;
    world.month = 12;
    world.acc = new YearAccumulator(world.municipalities.count);
    world.assumptions.aftercareTakeUp = 1; // everyone eligible takes up aftercare
    const c = world.citizens;
    const p = world.providers;
    const i = firstRow(world, (k) => c.group[k] === Group.childSocial && c.service[k] === Service.placementResidential);
    c.age[i] = 17;
    const q = c.provider[i];
    // Other residents share the institution (at full scale institutions have ~10 places).
    p.places[q] += 5;
    p.occupied[q] += 5;
    const occupied = p.occupied[q];
    expect(ageAndTransition(world, i)).toBe(true);
    expect(c.group[i]).toBe(Group.youthAftercare);
    expect(c.service[i]).toBe(Service.aftercare);
    expect(p.occupied[q]).toBe(occupied - 1);
  });
});
