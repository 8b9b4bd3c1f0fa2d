import { describe, expect, it } from 'vitest';
import { applyNewRulings, rollBackRulings, rulingCostShare, rulingFactorForNewCitizen, rulingsToUndo, stepRulings, undoRulings } from '../../../models/mechanisms/appeals';
import { FIRST_YEAR } from '../../../models/parameters/world';
import { GROUP_COUNT } from '../../../models/state/codes';
import { stepMonth } from '../../../models/step';
import type { Ruling, World } from '../../../models/state/world';
import { at, run, scenario, smallWorld, withPolicy } from '../helpers';

function rulingsBy(sc: ReturnType<typeof scenario>, endYear: number): World {
  const { world, stepper } = smallWorld(sc, { endYear });
  for (let month = 0; month < (endYear - FIRST_YEAR + 1) * 12; month++) stepMonth(stepper);
  return world;
}

function ruling(group: number, reach: number, uplift: number): Ruling {
  return { month: 0, group, reach, uplift, rolledBack: false };
}

describe('principle rulings', () => {
  it('with rulingRateMultiplier 0 no principle ruling is ever published', () => {
    expect(rulingsBy(scenario(), 2022).rulings.length).toBeGreaterThan(0); // the same seed publishes some at the normal rate
    expect(rulingsBy(withPolicy({ rulingRateMultiplier: 0 }), 2022).rulings).toEqual([]);
  }, 60_000);

  it('publishes about rulingsPerYear × multiplier rulings a year, each within its reach and uplift ranges', () => {
    const { world } = smallWorld(scenario({ assumptions: { rulingsPerYear: 1.2 } }));
    world.policy = { ...world.policy, rulingRateMultiplier: 3 };
    const months = 12 * 50;
    for (let month = 0; month < months; month++) {
      world.month = month;
      stepRulings(world);
    }
    const perYear = world.rulings.length / 50;
    expect(perYear).toBeGreaterThan(3.6 * 0.75);
    expect(perYear).toBeLessThan(3.6 * 1.25);
    for (const r of world.rulings) {
      expect(r.group >= 0 && r.group < GROUP_COUNT).toBe(true);
      expect(r.reach).toBeGreaterThanOrEqual(0.01);
      expect(r.reach).toBeLessThanOrEqual(world.assumptions.rulingReachMax);
      expect(r.uplift).toBeGreaterThanOrEqual(0.02);
      expect(r.uplift).toBeLessThanOrEqual(world.assumptions.rulingUpliftMax);
    }
  });

  it('are the same world events in every scenario: the same months and groups with the same seed', () => {
    const a = rulingsBy(scenario(), 2020).rulings.map((r) => [r.month, r.group]);
    const b = rulingsBy(withPolicy({ binaryScore: true, economyWeight: 0.5 }), 2020).rulings.map((r) => [r.month, r.group]);
    expect(b).toEqual(a);
  }, 60_000);

  it('roll back the earliest rulings first, up to the number asked for, once', () => {
    const { world } = smallWorld();
    world.rulings = [ruling(3, 0.1, 0.2), ruling(4, 0.1, 0.2), ruling(5, 0.1, 0.2)];
    world.policy = { ...world.policy, rulingsRolledBack: 2 };
    expect(rollBackRulings(world)).toEqual([0, 1]);
    expect(world.rulings.map((r) => r.rolledBack)).toEqual([true, true, false]);
    expect(rollBackRulings(world)).toEqual([]);
  });

  it('raise the cost of the recipients they reach, and rolling them back restores it', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    world.rulings = Array.from({ length: 8 }, () => ruling(0, 1, 0.25)); // reach everyone in group 0
    const i = Array.from({ length: c.count }, (_, k) => k).find((k) => c.group[k] === 0)!;
    const before = c.costFactor[i];
    applyNewRulings(world, i, 0, 8);
    expect(c.costFactor[i]).toBeCloseTo(before * 1.25 ** 8, 4);
    undoRulings(world, i, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(c.costFactor[i]).toBeCloseTo(before, 5);
    // A ruling for another group does not touch the citizen.
    world.rulings = [ruling(1, 1, 0.25)];
    applyNewRulings(world, i, 0, 1);
    expect(c.costFactor[i]).toBeCloseTo(before, 5);
  });

  it('reach a citizen who enters after publication once: in the next January, not also at entry', () => {
    const { world } = smallWorld();
    const c = world.citizens;
    world.rulings = [ruling(0, 1, 0.25)]; // published, not yet applied by a January pass
    world.rulingsApplied = 0;
    const i = Array.from({ length: c.count }, (_, k) => k).find((k) => c.group[k] === 0)!;
    expect(rulingFactorForNewCitizen(world, i)).toBe(1);
    const before = c.costFactor[i];
    applyNewRulings(world, i, 0, 1); // the next January's pass
    expect(c.costFactor[i]).toBeCloseTo(before * 1.25, 5);
    world.rulingsApplied = 1; // from then on an entrant gets it at entry
    expect(rulingFactorForNewCitizen(world, i)).toBeCloseTo(1.25, 12);
  });

  it('undo only rulings that a January pass applied', () => {
    // A ruling published last year and rolled back this January, before the pass applies it, never
    // raised anyone's cost, so there is nothing to undo.
    expect(rulingsToUndo([0, 1, 4, 5], 4)).toEqual([0, 1]);
    expect(rulingsToUndo([2, 3], 2)).toEqual([]);
  });

  it('attribute to rulings the share of spending they added (DUT), and nothing without rulings', () => {
    const { world } = smallWorld();
    const n = world.municipalities.count;
    const spend = new Float64Array(n * GROUP_COUNT).fill(1_000_000);
    world.rulings = [];
    expect([...rulingCostShare(world, spend)].every((x) => x === 0)).toBe(true);
    world.rulings = [ruling(2, 0.5, 0.2)]; // lifts group 2 spending by 10 %
    const share = rulingCostShare(world, spend);
    for (let m = 0; m < n; m++) expect(share[m]).toBeCloseTo(1_000_000 * (1 - 1 / 1.1), 6);
  });

  it('DUT compensation moves ruling costs to the state without changing spending', () => {
    const base = run(scenario(), { endYear: 2021 });
    const dut = run(withPolicy({ dutCompensation: true }), { endYear: 2021 });
    let moreRefunds = 0;
    for (const year of base.years) {
      expect(at(dut, 'spend_total', year)).toBeCloseTo(at(base, 'spend_total', year), 9);
      expect(at(dut, 'spend_state_refunds', year)).toBeGreaterThanOrEqual(at(base, 'spend_state_refunds', year));
      if (at(dut, 'spend_state_refunds', year) > at(base, 'spend_state_refunds', year)) moreRefunds += 1;
    }
    expect(moreRefunds).toBeGreaterThan(0);
  }, 60_000);

  it('more appeals are decided when the appeal rate is higher (same seed)', () => {
    const base = run(scenario(), { endYear: 2018 });
    const more = run(withPolicy({ appealRateMultiplier: 2 }), { endYear: 2018 });
    expect(at(more, 'appeals', 2018)).toBeGreaterThan(at(base, 'appeals', 2018) * 1.5);
  }, 60_000);
});
