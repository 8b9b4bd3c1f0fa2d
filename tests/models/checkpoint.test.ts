import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CheckpointStore } from '../../models/checkpoint';
import { runReplication } from '../../models/simulate';
import type { ReplicationResult } from '../../models/contract';
import type { Scenario } from '../../models/schema/scenario';
import { municipalities, policyArbitrary, sameBytes, scenario, withPolicy } from './helpers';

const END_YEAR = 2026;
const SAMPLE = 0.01;

/** One short sample run; `years` counts the years it simulated itself (fewer when it resumed). */
function runWith(sc: Scenario, checkpoints?: CheckpointStore, replication = 0): { result: ReplicationResult; years: number } {
  let years = 0;
  const result = runReplication({
    scenario: sc,
    municipalities: municipalities(),
    replication,
    sample: SAMPLE,
    endYear: END_YEAR,
    checkpoints,
    onYear: () => years++,
  });
  return { result, years };
}

function expectIdentical(a: ReplicationResult, b: ReplicationResult): void {
  expect(a.years).toEqual(b.years);
  for (const [key, values] of Object.entries(b.indicators)) expect(sameBytes(a.indicators[key]!, values), key).toBe(true);
  for (const [key, values] of Object.entries(b.municipal.indicators)) expect(sameBytes(a.municipal.indicators[key]!, values), `municipal ${key}`).toBe(true);
}

describe('checkpoints', () => {
  it('a run resumed from the baseline at a policy’s first year is identical to a fresh run, and simulates only the years from then on', () => {
    const store = new CheckpointStore();
    runWith(scenario(), store);
    expect(store.size).toBe(END_YEAR - 2018);
    const lever = scenario({ levers: { r2_4: { setting: 'proposed', startYear: 2024 } } });
    const resumed = runWith(lever, store);
    expect(resumed.years).toBe(END_YEAR - 2024 + 1);
    expectIdentical(resumed.result, runWith(lever).result);
  });

  it('never resumes across a different seed, replication or assumption value', () => {
    const store = new CheckpointStore();
    runWith(scenario(), store);
    for (const [other, replication] of [
      [scenario({ seed: 8 }), 0],
      [scenario(), 1],
      [scenario({ assumptions: { economyWeight: 0.4 } }), 0],
    ] as const) {
      const resumed = runWith(other, store, replication);
      expect(resumed.years).toBe(END_YEAR - 2018 + 1);
      expectIdentical(resumed.result, runWith(other, undefined, replication).result);
    }
  });

  it('any sequence of policies gives the same results with checkpoints as without (property)', () => {
    const store = new CheckpointStore({ maxRuns: 1 });
    fc.assert(
      fc.property(policyArbitrary, fc.integer({ min: 2019, max: END_YEAR }), (policy, year) => {
        const sc = withPolicy(policy, year);
        expectIdentical(runWith(sc, store).result, runWith(sc).result);
      }),
      { numRuns: 8 },
    );
  });
});
