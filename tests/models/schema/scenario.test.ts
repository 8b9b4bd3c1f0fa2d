import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssues, parseScenario, scenarioSchema } from '../../../models/schema/scenario';
import { ASSUMPTIONS } from '../../../models/parameters/assumptions';
import { DEFAULT_POLICY } from '../../../models/parameters/policy';
import { LAST_YEAR } from '../../../models/parameters/world';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assumptionsArbitrary, policyArbitrary } from '../helpers';

const minimal = { schemaVersion: 2, id: 'my-scenario', title: 'My scenario' };

/** Problems reported for a raw scenario (fails the test if it parses). */
function problems(raw: unknown): string[] {
  const result = parseScenario(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return result.problems;
}

describe('scenario schema', () => {
  it('fills in every default for a minimal file', () => {
    const s = scenarioSchema.parse(minimal);
    expect(s).toEqual({
      ...minimal,
      description: '',
      seed: 1,
      runs: 8,
      horizon: { endYear: LAST_YEAR },
      levers: {},
      policyChanges: [],
      assumptions: {},
      centralAssumptions: false,
    });
  });

  it('gives the policy knobs their documented defaults (the rules in force today)', () => {
    expect(DEFAULT_POLICY.binaryScore).toBe(false);
    expect(DEFAULT_POLICY.reimbursementThresholds).toEqual([860_000, 1_680_000, 2_120_000]);
    expect(DEFAULT_POLICY.reimbursementRates).toBeNull();
    expect(DEFAULT_POLICY.loanPoolBn).toEqual({});
    expect(DEFAULT_POLICY.alternativeOfferLimit).toBe(0.225);
    expect(DEFAULT_POLICY.visitsPerYear).toBe(1);
    expect(DEFAULT_POLICY.specialisationPlanning).toBe(true);
  });

  it('keeps only the knobs a policy change names, so that it cannot reset other knobs', () => {
    // policySchema.partial() keeps the inner .default()s under zod 4: every unnamed knob is filled with
    // its default, and policyTimeline then resets earlier changes (see simulate.test.ts).
    const s = scenarioSchema.parse({ ...minimal, policyChanges: [{ year: 2025, policy: { binaryScore: true } }] });
    expect(s.policyChanges[0].policy).toEqual({ binaryScore: true });
  });

  it('accepts every scenario file shipped in scenarios/', () => {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const result = parseScenario(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      expect(result.ok ? [] : result.problems, f).toEqual([]);
    }
  });

  it('rejects unknown keys at the top level, in the horizon and in a policy change, naming them', () => {
    const top = problems({ ...minimal, colour: 'blue' });
    expect(top).toHaveLength(1);
    expect(top[0]).toMatch(/^\S[^:]*: unknown key\(s\) colour\b/);
    const horizon = problems({ ...minimal, horizon: { endYear: 2030, startYear: 2020 } });
    expect(horizon).toHaveLength(1);
    expect(horizon[0]).toMatch(/^horizon: unknown key\(s\) startYear\b/);
    const policy = problems({ ...minimal, policyChanges: [{ year: 2025, policy: { tarifCap: 0.1 } }] });
    expect(policy).toHaveLength(1);
    expect(policy[0]).toMatch(/^policyChanges\.0\.policy: unknown key\(s\) tarifCap\b/);
  });

  it('rejects wrong types with the path of the bad value', () => {
    const p = problems({ ...minimal, seed: 'seven', policyChanges: [{ year: 2025, policy: { binaryScore: 'yes' } }] });
    expect(p.some((line) => line.startsWith('seed: '))).toBe(true);
    expect(p.some((line) => line.startsWith('policyChanges.0.policy.binaryScore: '))).toBe(true);
    expect(problems({ ...minimal, schemaVersion: 3 })[0]).toMatch(/^schemaVersion: /);
    expect(problems({ ...minimal, id: 'Has Spaces' })[0]).toMatch(/^id: lower-case letters/);
    expect(problems({ schemaVersion: 2, id: 'x' })[0]).toMatch(/^title: /);
  });

  it('rejects out-of-range values with the path of the bad value', () => {
    const cases: [unknown, string][] = [
      [{ ...minimal, seed: -1 }, 'seed'],
      [{ ...minimal, seed: 1.5 }, 'seed'],
      [{ ...minimal, runs: 0 }, 'runs'],
      [{ ...minimal, horizon: { endYear: 2041 } }, 'horizon.endYear'],
      [{ ...minimal, horizon: { endYear: 2018 } }, 'horizon.endYear'],
      [{ ...minimal, policyChanges: [{ year: 2017, policy: {} }] }, 'policyChanges.0.year'],
      [{ ...minimal, policyChanges: [{ year: 2025, policy: { economyWeight: 1.2 } }] }, 'policyChanges.0.policy.economyWeight'],
      [{ ...minimal, policyChanges: [{ year: 2025, policy: { visitsPerYear: 0 } }] }, 'policyChanges.0.policy.visitsPerYear'],
      [{ ...minimal, policyChanges: [{ year: 2025, policy: { rulingsRolledBack: 10 } }] }, 'policyChanges.0.policy.rulingsRolledBack'],
      [{ ...minimal, policyChanges: [{ year: 2025, policy: { loanPoolBn: { '2025': -1 } } }] }, 'policyChanges.0.policy.loanPoolBn.2025'],
      [{ ...minimal, policyChanges: [{ year: 2025, policy: { reimbursementRates: [0.25, 0.5, 1.5] } }] }, 'policyChanges.0.policy.reimbursementRates.2'],
    ];
    for (const [raw, path] of cases) {
      const p = problems(raw);
      expect(p.some((line) => line.startsWith(`${path}: `)), `${JSON.stringify(raw)} → ${p.join(' | ')}`).toBe(true);
    }
  });

  it('rejects reimbursement thresholds that do not ascend (they would make refunds negative)', () => {
    // expensiveCaseRefund(2.5 m, [2 m, 1 m, 3 m], [1, 0, 0]) = −1 m: the state would charge the municipality.
    const p = problems({ ...minimal, policyChanges: [{ year: 2025, policy: { reimbursementThresholds: [2e6, 1e6, 3e6] } }] });
    expect(p.some((line) => line.startsWith('policyChanges.0.policy.reimbursementThresholds'))).toBe(true);
  });

  it('rejects a loan-pool year that is not a year', () => {
    const p = problems({ ...minimal, policyChanges: [{ year: 2025, policy: { loanPoolBn: { next: 0.5 } } }] });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^policyChanges\.0\.policy\.loanPoolBn\.next: /);
  });

  it('rejects unknown assumption keys, listing the allowed ones', () => {
    const p = problems({ ...minimal, assumptions: { warpFactor: 1 } });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^assumptions\.warpFactor: unknown assumption; allowed: .*economyWeight/);
  });

  it('rejects assumption values outside their documented range, quoting the range', () => {
    const { low, high } = ASSUMPTIONS.economyWeight;
    expect(problems({ ...minimal, assumptions: { economyWeight: high + 0.01 } })).toEqual([
      `assumptions.economyWeight: ${high + 0.01} is outside the documented range [${low}, ${high}]`,
    ]);
    expect(problems({ ...minimal, assumptions: { economyWeight: low - 0.01 } })[0]).toMatch(/^assumptions\.economyWeight: .*outside/);
    expect(parseScenario({ ...minimal, assumptions: { economyWeight: low, buildLagYears: ASSUMPTIONS.buildLagYears.high } }).ok).toBe(true);
  });

  it('reports every problem, one line each', () => {
    const p = problems({ ...minimal, seed: -1, runs: 0, extra: 1, assumptions: { nope: 1 } });
    expect(p).toHaveLength(4);
  });

  it('formatIssues labels problems without a path the same way as unknown top-level keys', () => {
    const label = problems({ ...minimal, colour: 'blue' })[0].split(': ')[0];
    expect(label.length).toBeGreaterThan(0);
    const result = scenarioSchema.safeParse('not an object');
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error)[0].startsWith(`${label}: `)).toBe(true);
  });

  it('accepts any policy within the knob ranges and any assumptions within their ranges', () => {
    fc.assert(
      fc.property(policyArbitrary, assumptionsArbitrary, fc.integer({ min: 2018, max: 2040 }), (policy, assumptions, year) => {
        const result = parseScenario({ ...minimal, policyChanges: [{ year, policy }], assumptions });
        return result.ok;
      }),
      { numRuns: 200 },
    );
  });
});
