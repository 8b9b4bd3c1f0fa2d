import { describe, expect, it } from 'vitest';
import { assess, baseCostFactor, chooseService, stayReviewCanChange } from '../../../models/mechanisms/visitation';
import { Attr, NO_SERVICE } from '../../../models/state/citizens';
import { GROUP_COUNT, Group, Service, isPlaceService } from '../../../models/state/codes';
import { COMPLEX_COST_FACTOR } from '../../../models/parameters/world';
import { YearAccumulator } from '../../../models/results/accumulator';
import { at, run, scenario, smallWorld, withPolicy } from '../helpers';

/** Functional level in the middle of a need band (need 1 ↔ 80–100 … need 5 ↔ 0–19). */
const functioningFor = (need: number) => (5 - need) * 20 + 10;

describe('visitation', () => {
  it('raises the cost factor with need, and by the complexity factor for complex needs', () => {
    for (let n = 2; n <= 5; n++) expect(baseCostFactor(n, false)).toBeGreaterThan(baseCostFactor(n - 1, false));
    expect(baseCostFactor(3, false)).toBe(1);
    expect(baseCostFactor(4, true)).toBeCloseTo(baseCostFactor(4, false) * COMPLEX_COST_FACTOR, 12);
  });

  it('grants young people aftercare and light adult needs home support', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    c.group[0] = Group.youthAftercare;
    expect(chooseService(world, 0)).toBe(Service.aftercare);
    for (const g of [Group.adultCognitive, Group.adultAutism, Group.adultPsychosocial, Group.adultPhysical]) {
      c.group[0] = g;
      c.functioning[0] = functioningFor(1);
      expect(chooseService(world, 0)).toBe(Service.homeSupport);
    }
    c.group[0] = Group.childSocial;
    c.functioning[0] = functioningFor(2);
    expect(chooseService(world, 0)).toBe(Service.childPreventive);
  });

  it('chooses the cheapest adequate option when economy always counts, and residential care for heavy complex needs', () => {
    const { world } = smallWorld(withPolicy({ economyWeight: 1 }));
    const c = world.citizens;
    c.group[0] = Group.adultCognitive;
    c.functioning[0] = functioningFor(4);
    c.attributes[0] = 0;
    for (let month = 0; month < 24; month++) {
      world.month = month;
      expect(chooseService(world, 0)).toBe(Service.homeSupport);
    }
    c.functioning[0] = functioningFor(5);
    c.attributes[0] = Attr.complex | 1; // complex, stable: long-term place
    expect(chooseService(world, 0)).toBe(Service.residential108);
    c.attributes[0] = Attr.complex; // complex, can progress: temporary place
    expect(chooseService(world, 0)).toBe(Service.residential107);
  });

  it('an entrant assessed to a place gets in-house help while waiting for it', () => {
    const { world } = smallWorld(withPolicy({ economyWeight: 0 }));
    world.acc = new YearAccumulator(world.municipalities.count);
    world.waitingCount = 0;
    const c = world.citizens;
    const i = 0;
    c.group[i] = Group.adultCognitive;
    c.functioning[i] = functioningFor(5);
    c.attributes[i] = Attr.complex | 1;
    c.waitingFor[i] = NO_SERVICE;
    world.month = 3;
    assess(world, i, true);
    expect(c.waitingFor[i]).toBe(Service.residential108);
    expect(c.waitStart[i]).toBe(3);
    expect(c.service[i]).toBe(Service.homeSupport);
    expect(isPlaceService(c.service[i])).toBe(false);
    expect(world.waitingQueue[world.waitingCount - 1]).toBe(i);
    expect(world.acc.decisions).toBe(1);
  });

  it('a higher weight on economy sends fewer people to residential care (same seed)', () => {
    const generous = run(withPolicy({ economyWeight: 0 }), { endYear: 2019 });
    const thrifty = run(withPolicy({ economyWeight: 1 }), { endYear: 2019 });
    expect(at(thrifty, 'residents_residential', 2019)).toBeLessThan(at(generous, 'residents_residential', 2019));
    expect(at(thrifty, 'spend_total', 2019)).toBeLessThan(at(generous, 'spend_total', 2019));
  }, 60_000);

  it('network involvement that replaces home-support hours lowers spending (same seed)', () => {
    const base = run(scenario(), { endYear: 2019 });
    const network = run(withPolicy({ networkSubstitution: 0.3 }, 2019), { endYear: 2019 });
    expect(at(network, 'spend_total', 2018)).toBe(at(base, 'spend_total', 2018));
    expect(at(network, 'spend_total', 2019)).toBeLessThan(at(base, 'spend_total', 2019));
  }, 60_000);

  it('a § 107 stay review that stayReviewCanChange rules out changes nothing in assess, whatever the draws', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    const p = world.providers;
    let place = -1;
    for (let q = 0; q < p.count && place < 0; q++) if (p.service[q] === Service.residential107) place = q;
    expect(place).toBeGreaterThanOrEqual(0);
    const i = 0;
    let ruledOut = 0;
    let changedWhenAllowed = 0;
    for (const economyWeight of [0, 0.5, 1]) {
      world.policy = { ...world.policy, economyWeight };
      for (let g = 0; g < GROUP_COUNT; g++) {
        for (const need of [1, 2, 3, 4, 5]) {
          for (const attributes of [0, Attr.complex, 1, 2, 1 | Attr.complex]) {
            for (let month = 30; month < 42; month++) {
              world.month = month;
              c.setGroup(i, g);
              c.functioning[i] = functioningFor(need);
              c.attributes[i] = attributes;
              c.setWaitingFor(i, NO_SERVICE);
              c.setService(i, Service.residential107);
              c.provider[i] = place;
              c.serviceStart[i] = month - 30;
              c.accruedFrom[i] = month + 1;
              const before = [c.service[i], c.provider[i], c.waitingFor[i], c.costFactor[i], c.attributes[i], p.occupied[place], p.places[place], p.open[place]];
              const decisions = world.acc.decisions;
              assess(world, i, false);
              const after = [c.service[i], c.provider[i], c.waitingFor[i], c.costFactor[i], c.attributes[i], p.occupied[place], p.places[place], p.open[place]];
              expect(world.acc.decisions).toBe(decisions + 1);
              if (!stayReviewCanChange(g, need, attributes)) {
                ruledOut += 1;
                expect(after, `group ${g}, need ${need}, attributes ${attributes}, month ${month}`).toEqual(before);
              } else if (after.some((value, k) => value !== before[k])) {
                changedWhenAllowed += 1;
              }
            }
          }
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(1000);
    expect(changedWhenAllowed).toBeGreaterThan(100);
  });
});
