import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expensiveCaseRefund, reimbursementRates, settleEveryoneYear, settleYear, settleYearCost } from '../../../models/mechanisms/stateFinance';
import { REIMBURSEMENT } from '../../../models/parameters/world';
import { GROUP_COUNT, SERVICE_COUNT, Service } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import { at, run, smallWorld, withPolicy } from '../helpers';

const THRESHOLDS = [860_000, 1_680_000, 2_120_000];
const RATES = [0.25, 0.5, 0.75];

const ascending = fc
  .tuple(fc.double({ min: 0, max: 5e6, noNaN: true }), fc.double({ min: 0, max: 5e6, noNaN: true }), fc.double({ min: 0, max: 5e6, noNaN: true }))
  .map((t) => t.sort((a, b) => a - b));
const rates = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
const cost = fc.double({ min: 0, max: 2e7, noNaN: true });

describe('expensiveCaseRefund (agreements M003-4)', () => {
  it('refunds exactly 1.085 m DKK of a 3.0 m DKK case: 25 % of 0.82 m + 50 % of 0.44 m + 75 % of 0.88 m', () => {
    expect(expensiveCaseRefund(3_000_000, THRESHOLDS, RATES)).toBe(1_085_000);
  });

  it('refunds nothing up to the first threshold of 860,000 DKK', () => {
    for (const c of [0, 1, 500_000, 859_999, 860_000]) expect(expensiveCaseRefund(c, THRESHOLDS, RATES)).toBe(0);
    expect(expensiveCaseRefund(860_001, THRESHOLDS, RATES)).toBeCloseTo(0.25, 9);
  });

  it('applies each tier rate only to the part of the cost inside the tier', () => {
    expect(expensiveCaseRefund(1_680_000, THRESHOLDS, RATES)).toBe(205_000);
    expect(expensiveCaseRefund(2_120_000, THRESHOLDS, RATES)).toBe(425_000);
    expect(expensiveCaseRefund(2_120_000 + 100_000, THRESHOLDS, RATES)).toBe(500_000);
  });

  it('is monotone, never negative and never above the cost, for ascending thresholds and rates in [0, 1]', () => {
    fc.assert(
      fc.property(ascending, rates, cost, cost, (t, r, c1, c2) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = expensiveCaseRefund(lo, t, r);
        const b = expensiveCaseRefund(hi, t, r);
        return a >= 0 && a <= lo + 1e-6 && b >= a - 1e-6;
      }),
      { numRuns: 500 },
    );
  });

  it('grows by no more than the top rate per DKK of extra cost (continuity)', () => {
    fc.assert(
      fc.property(cost, fc.double({ min: 0, max: 1e6, noNaN: true }), (c, extra) => {
        const d = expensiveCaseRefund(c + extra, THRESHOLDS, RATES) - expensiveCaseRefund(c, THRESHOLDS, RATES);
        return d >= -1e-6 && d <= 0.75 * extra + 1e-6;
      }),
      { numRuns: 500 },
    );
  });
});

describe('reimbursementRates', () => {
  it('uses a 50 % top rate before 2021 and 75 % from 2021, unless the policy sets rates', () => {
    const { world } = smallWorld();
    world.year = 2020;
    expect([...reimbursementRates(world)]).toEqual([0.25, 0.5, 0.5]);
    world.year = 2021;
    expect([...reimbursementRates(world)]).toEqual([0.25, 0.5, 0.75]);
    world.policy = { ...world.policy, reimbursementRates: [0.1, 0.2, 0.3] };
    expect([...reimbursementRates(world)]).toEqual([0.1, 0.2, 0.3]);
  });
});

describe('settling a citizen’s year with the state', () => {
  function worldWithCase(service: number, yearCost: number, year: number) {
    const { world } = smallWorld();
    world.year = year;
    world.acc = new YearAccumulator(world.municipalities.count);
    const i = 0;
    world.citizens.service[i] = service;
    world.citizens.yearCost[i] = yearCost;
    return { world, i, m: world.citizens.municipality[i] };
  }

  it('refunds a 3.0 m DKK residential case 1.085 m DKK in 2022, to its home municipality, and counts it as > 2 m', () => {
    const { world, i, m } = worldWithCase(Service.residential108, 3_000_000, 2022);
    settleYearCost(world, i);
    expect(world.acc.refundExpensiveCases).toBe(1_085_000);
    expect(world.acc.refundsByMunicipality[m]).toBe(1_085_000);
    expect(world.acc.costOver2mCount).toBe(1);
    expect(world.acc.costOver2mResidentialSpend).toBe(3_000_000);
    expect(world.citizens.yearCost[i]).toBe(0);
  });

  it('refunds the same case 0.865 m DKK under the pre-2021 rates', () => {
    const { world, i } = worldWithCase(Service.residential108, 3_000_000, 2020);
    settleYearCost(world, i);
    expect(world.acc.refundExpensiveCases).toBe(865_000);
  });

  it('gives crisis-centre and shelter stays no expensive-case refund (they are refunded at 50 % instead)', () => {
    for (const service of [Service.crisisCentre, Service.shelter]) {
      const { world, i } = worldWithCase(service, 3_000_000, 2022);
      settleYearCost(world, i);
      expect(world.acc.refundExpensiveCases).toBe(0);
      expect(world.acc.costOver2mCount).toBe(1);
      expect(world.acc.costOver2mResidentialSpend).toBe(0);
    }
  });

  it('settles a case only once: a second settlement in the same year refunds nothing more', () => {
    const { world, i } = worldWithCase(Service.residential107, 2_500_000, 2022);
    settleYearCost(world, i);
    const first = world.acc.refundExpensiveCases;
    settleYearCost(world, i);
    expect(world.acc.refundExpensiveCases).toBe(first);
    expect(world.acc.costOver2mCount).toBe(1);
  });

  it('refunds half of every municipality’s crisis-centre and shelter spending at year end', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const spend = world.acc.spendByMunicipalityService;
    spend[0 * SERVICE_COUNT + Service.crisisCentre] = 1_000_000;
    spend[1 * SERVICE_COUNT + Service.shelter] = 3_000_000;
    spend[1 * SERVICE_COUNT + Service.residential108] = 9_000_000;
    settleYear(world, null);
    expect(REIMBURSEMENT.selfReferralRefund).toBe(0.5);
    expect(world.acc.refundSelfReferral).toBe(2_000_000);
    expect(world.acc.refundsByMunicipality[0]).toBe(500_000);
    expect(world.acc.refundsByMunicipality[1]).toBe(1_500_000);
    expect(world.acc.refundDut).toBe(0);
  });

  it('pays DUT compensation only when the policy is on', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const share = new Float64Array(world.municipalities.count).fill(100);
    settleYear(world, share);
    expect(world.acc.refundDut).toBe(0);
    world.policy = { ...world.policy, dutCompensation: true };
    settleYear(world, share);
    expect(world.acc.refundDut).toBe(100 * world.municipalities.count);
  });
});

describe('state finance in a simulation', () => {
  it('with all expensive-case rates at zero, refunds are exactly half of crisis-centre and shelter spending', () => {
    const r = run(withPolicy({ reimbursementRates: [0, 0, 0] }), { endYear: 2019 });
    for (const year of r.years) {
      const selfReferral = at(r, 'spend_crisis_centres', year) + at(r, 'spend_shelters', year);
      expect(selfReferral).toBeGreaterThan(0);
      expect(at(r, 'spend_state_refunds', year)).toBeCloseTo(0.5 * selfReferral, 9);
    }
  }, 30_000);

  it('the 2021 rise of the top rate raises refunds but not spending (same seed)', () => {
    const before = run(withPolicy({ reimbursementRates: [0.25, 0.5, 0.5] }), { endYear: 2021 });
    const after = run(withPolicy({ reimbursementRates: [0.25, 0.5, 0.75] }), { endYear: 2021 });
    for (const year of after.years) {
      expect(at(after, 'spend_total', year)).toBe(at(before, 'spend_total', year));
      expect(at(after, 'spend_state_refunds', year)).toBeGreaterThan(at(before, 'spend_state_refunds', year));
    }
  }, 30_000);
});

describe('settleEveryoneYear', () => {
  it('settles every case-year as settleYearCost does, in row order, and sums spending by municipality and group', () => {
    const one = smallWorld().world;
    const all = smallWorld().world;
    for (const w of [one, all]) {
      w.acc = new YearAccumulator(w.municipalities.count);
      const c = w.citizens;
      // Costs from nothing to 3 m DKK, crisis-centre stays among them (no expensive-case refund).
      for (let i = 0; i < c.count; i++) c.yearCost[i] = ((i * 7919) % 31) * 100_000;
      c.setService(1, Service.crisisCentre);
      c.yearCost[1] = 2_500_000;
    }
    const expectedByGroup = new Float64Array(one.municipalities.count * GROUP_COUNT);
    for (let i = 0; i < one.citizens.count; i++) {
      expectedByGroup[one.citizens.municipality[i] * GROUP_COUNT + one.citizens.group[i]] += one.citizens.yearCost[i];
      settleYearCost(one, i);
    }
    const byGroup = new Float64Array(all.municipalities.count * GROUP_COUNT);
    settleEveryoneYear(all, byGroup);
    expect(all.acc.refundExpensiveCases).toBeGreaterThan(0);
    expect(all.acc.costOver2mCount).toBeGreaterThan(0);
    expect(all.acc.refundExpensiveCases).toBe(one.acc.refundExpensiveCases);
    expect(Array.from(all.acc.refundsByMunicipality)).toEqual(Array.from(one.acc.refundsByMunicipality));
    expect(all.acc.costOver2mCount).toBe(one.acc.costOver2mCount);
    expect(all.acc.costOver2mResidentialSpend).toBe(one.acc.costOver2mResidentialSpend);
    expect(Array.from(byGroup)).toEqual(Array.from(expectedByGroup));
    expect(Array.from(all.citizens.yearCost).every((cost) => cost === 0)).toBe(true);
  });
});
