import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileLevers, type LeverChoices } from '../../../models/levers/compile';
import { LEVERS, leverById } from '../../../models/levers/registry';
import { policyChangeSchema } from '../../../models/schema/scenario';
import { policyTimeline } from '../../../models/simulate';
import { FIRST_YEAR, LAST_YEAR } from '../../../models/parameters/world';
import { scenario } from '../helpers';

/** Any valid lever choices: a subset of levers, each with one of its settings and maybe a start year. */
const choicesArbitrary: fc.Arbitrary<LeverChoices> = fc
  .subarray(LEVERS, { maxLength: 12 })
  .chain((levers) =>
    fc.tuple(
      ...levers.map((lever) =>
        fc.record(
          { setting: fc.constantFrom(...lever.settings.map((s) => s.id)), startYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }) },
          { requiredKeys: ['setting'] },
        ),
      ),
    ).map((choices) => Object.fromEntries(levers.map((lever, k) => [lever.id, choices[k]]))),
  );

describe('compiling levers into policy changes', () => {
  it('compiles no levers, or levers switched off, into no changes', () => {
    expect(compileLevers({})).toEqual([]);
    expect(compileLevers({ r4_2: { setting: 'off' }, loan_pool: { setting: 'off', startYear: 2030 } })).toEqual([]);
  });

  it('puts a lever\'s setting in force from its default start year, or the year the scenario gives', () => {
    expect(compileLevers({ r4_2: { setting: 'proposed' } })).toEqual([
      { year: 2025, policy: { binaryScore: true, visitsPerYear: 0.5 }, fromLevers: ['r4_2'] },
    ]);
    expect(compileLevers({ r4_2: { setting: 'strong', startYear: 2031 } })[0]).toMatchObject({ year: 2031, policy: { visitsPerYear: 0.3 } });
  });

  it('multiplies independent cuts of the appeal rate from two levers', () => {
    const [change] = compileLevers({ r2_1: { setting: 'proposed' }, r4_1: { setting: 'proposed' } });
    expect(change.policy.appealRateMultiplier).toBeCloseTo(0.9 * 0.8, 12);
    expect(change.fromLevers).toEqual(['r2_1', 'r4_1']);
  });

  it('takes the lower of two tariff caps and the larger of two loan pools in each year', () => {
    const [change] = compileLevers({
      r2_3: { setting: 'with_cap_and_pool' },
      tariff_cap_complex: { setting: 'strict', startYear: 2026 },
      loan_pool: { setting: 'renewed', startYear: 2026 },
    });
    expect(change.policy.tariffCapComplex).toBe(0.05);
    expect(change.policy.loanPoolBn).toEqual(leverById('loan_pool')!.settings.find((s) => s.id === 'renewed')!.policy.loanPoolBn);
  });

  it('lets a final-report lever govern the knobs it shares with the first-report recommendation carried into it', () => {
    const both = compileLevers({ d1_6: { setting: 'strong' }, r4_2: { setting: 'proposed' } });
    expect(both).toHaveLength(1);
    expect(both[0].policy.visitsPerYear).toBe(0.5);
    // Before the final-report lever starts, the first-report one acts alone.
    const staggered = compileLevers({ d1_6: { setting: 'strong' }, r4_2: { setting: 'proposed', startYear: 2027 } });
    expect(staggered.map((c) => [c.year, c.policy.visitsPerYear])).toEqual([[2025, 0.3], [2027, 0.5]]);
  });

  it('names in a later year only the knobs that change then, so an expert\'s explicit change is not undone', () => {
    const s = scenario({
      levers: { r4_2: { setting: 'proposed' }, r2_2: { setting: 'proposed', startYear: 2028 } },
      policyChanges: [{ year: 2026, policy: { visitsPerYear: 1 } }],
    });
    const later = s.policyChanges.find((c) => c.year === 2028)!;
    expect(Object.keys(later.policy).sort()).toEqual(['appealRateMultiplier', 'rulingRateMultiplier', 'rulingsRolledBack']);
    const timeline = policyTimeline(s);
    expect(timeline.get(2025)!.visitsPerYear).toBe(0.5);
    expect(timeline.get(2026)!.visitsPerYear).toBe(1);
    expect(timeline.get(2030)!.visitsPerYear).toBe(1);
    expect(timeline.get(2030)!.binaryScore).toBe(true);
    expect(timeline.get(2030)!.rulingsRolledBack).toBe(9);
  });

  it('gives the same policy timeline as the equivalent explicit policy changes', () => {
    const viaLevers = scenario({ levers: { loan_pool: { setting: 'agreed_2024' }, alternative_offer_limit: { setting: 'bill_l202' } } });
    const explicit = scenario({
      policyChanges: [
        { year: 2024, policy: { loanPoolBn: { '2024': 0.2, '2025': 0.6, '2026': 0.7 } } },
        { year: 2025, policy: { alternativeOfferLimit: 0.1 } },
      ],
    });
    expect([...policyTimeline(viaLevers)]).toEqual([...policyTimeline(explicit)]);
  });

  it('does not depend on the order in which a scenario lists its levers', () => {
    fc.assert(
      fc.property(choicesArbitrary, (choices) => {
        const reversed = Object.fromEntries(Object.entries(choices).reverse());
        expect(compileLevers(reversed)).toEqual(compileLevers(choices));
      }),
      { numRuns: 200 },
    );
  });

  it('always produces changes that pass the policy schema, in ascending years', () => {
    fc.assert(
      fc.property(choicesArbitrary, (choices) => {
        const changes = compileLevers(choices);
        for (const change of changes) expect(policyChangeSchema.safeParse(change).success).toBe(true);
        for (let k = 1; k < changes.length; k++) expect(changes[k].year).toBeGreaterThan(changes[k - 1].year);
      }),
      { numRuns: 300 },
    );
  });

  it('compiles every lever at every setting together (the strongest packages) into a valid policy', () => {
    for (let k = 1; k < 5; k++) {
      const choices = Object.fromEntries(LEVERS.map((l) => [l.id, { setting: l.settings[Math.min(k, l.settings.length - 1)].id }]));
      for (const change of compileLevers(choices)) expect(policyChangeSchema.safeParse(change).success, `variant ${k}`).toBe(true);
    }
  });
});
