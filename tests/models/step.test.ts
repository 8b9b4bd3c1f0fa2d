/**
 * Invariants of the monthly schedule (models/step.ts), checked month by month on worlds built from
 * random valid scenarios (fast-check) and on fixed worlds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createReplicationWorld } from '../../models/simulate';
import { stepMonth } from '../../models/step';
import { buildHazardTables } from '../../models/mechanisms/needs';
import { FIRST_YEAR } from '../../models/parameters/world';
import { Service, isPlaceService } from '../../models/state/codes';
import { NO_SERVICE, monthlyClassOf } from '../../models/state/citizens';
import { UNLIMITED_PLACES } from '../../models/state/providers';
import type { World } from '../../models/state/world';
import { PROPERTY_RUNS, PROPERTY_SAMPLE, caseArbitrary, municipalities, placeRows, residentsByProvider, scenario, type RandomCase } from './helpers';

function worldFor(c: RandomCase, sample = PROPERTY_SAMPLE) {
  return createReplicationWorld({ scenario: c.scenario, municipalities: municipalities(), replication: c.replication, sample, endYear: c.endYear });
}

/** Step a world through all months up to December of its end year, calling `check` after each month. */
function stepThrough(c: RandomCase, check: (w: World, month: number) => void): void {
  const { world, stepper } = worldFor(c);
  const months = (c.endYear - FIRST_YEAR + 1) * 12;
  for (let month = 0; month < months; month++) {
    stepMonth(stepper);
    check(world, month);
  }
}

describe('the monthly schedule', () => {
  it('conserves persons: citizens alive at the end of each year = alive at its start + entries − exits', () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const { world, stepper } = worldFor(c);
        for (let year = FIRST_YEAR; year <= c.endYear; year++) {
          const start = world.citizens.count;
          // The accumulator that collects this year's entries and exits; yearEnd replaces it in December.
          const acc = world.acc;
          for (let k = 0; k < 12; k++) stepMonth(stepper);
          expect(world.acc).not.toBe(acc);
          expect(acc.entries).toBeGreaterThan(0);
          expect(acc.exits).toBeGreaterThan(0);
          expect(world.citizens.count, `year ${year}`).toBe(start + acc.entries - acc.exits);
          expect(acc.deaths).toBeLessThanOrEqual(acc.exits);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('a provider never holds more residents than places: occupied ≤ places after every month', () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        stepThrough(c, (w, month) => {
          const p = w.providers;
          for (let q = 0; q < p.count; q++) {
            if (p.occupied[q] < 0 || p.occupied[q] > p.places[q]) {
              expect.fail(`month ${month}, row ${q} (service ${p.service[q]}, open ${p.open[q]}): occupied ${p.occupied[q]}, places ${p.places[q]}`);
            }
          }
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('every provider’s occupancy equals the number of citizens it actually serves, after every month', () => {
    // Fails today: a shelter (§ 110) user placed in a § 107 place keeps the shelter place occupied
    // (placement.ts place() frees only residential and children's-institution places).
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        stepThrough(c, (w, month) => {
          const actual = residentsByProvider(w);
          for (const q of placeRows(w)) {
            if (w.providers.occupied[q] !== actual[q]) {
              expect.fail(`month ${month}, row ${q} (service ${w.providers.service[q]}): occupied counter ${w.providers.occupied[q]}, citizens served ${actual[q]}`);
            }
          }
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('keeps every citizen on a live provider of the service it receives', () => {
    fc.assert(
      fc.property(caseArbitrary(2020), (c) => {
        stepThrough(c, (w, month) => {
          const cz = w.citizens;
          const p = w.providers;
          for (let i = 0; i < cz.count; i++) {
            const q = cz.provider[i];
            const waiting = cz.waitingFor[i];
            const ok = q < p.count && p.service[q] === cz.service[i] && (waiting === NO_SERVICE || isPlaceService(waiting)) &&
              Number.isFinite(cz.costFactor[i]) && cz.costFactor[i] > 0;
            if (!ok) expect.fail(`month ${month}, citizen ${i}: service ${cz.service[i]} on row ${q} (service ${p.service[q]}), waiting for ${waiting}, cost factor ${cz.costFactor[i]}`);
          }
        });
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('keeps each citizen’s needs-loop threshold equal to the one its group, service and waiting status give, after every month', () => {
    // eventThreshold is derived state (models/state/citizens.ts): a write that bypasses setGroup, setService
    // or setWaitingFor would let the needs loop skip a citizen it must examine. The table itself must be
    // the one this year's event bounds give (no event can hide above it).
    fc.assert(
      fc.property(caseArbitrary(2020), (c) => {
        stepThrough(c, (w, month) => {
          const cz = w.citizens;
          for (let i = 0; i < cz.count; i++) {
            const cls = monthlyClassOf(cz.group[i], cz.service[i], cz.waitingFor[i]);
            const expected = cz.thresholdByClass[cls];
            if (i === 0) expect(Array.from(cz.thresholdByClass)).toEqual(Array.from(buildHazardTables(w).eventThreshold));
            if (cz.eventThreshold[i] !== expected) {
              expect.fail(`month ${month}, citizen ${i}: threshold ${cz.eventThreshold[i]}, expected ${expected} for class ${cls} (group ${cz.group[i]}, service ${cz.service[i]}, waiting for ${cz.waitingFor[i]})`);
            }
          }
        });
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('a children’s institution never holds more young people than places after the January transitions (full-size institutions)', () => {
    // At sample 0.5 institutions have ~5 places, so a double release of a place is visible (at tiny samples
    // they have one place and releasePlace's occupied > 0 guard hides it). Fails today: children.ts frees the
    // place of a young person moving into aftercare, then visitation.assess frees it again.
    const { world, stepper } = createReplicationWorld({ scenario: scenario(), municipalities: municipalities(), replication: 0, sample: 0.5, endYear: 2019 });
    for (let month = 0; month < 13; month++) stepMonth(stepper);
    const actual = residentsByProvider(world);
    const p = world.providers;
    const over: string[] = [];
    for (let q = 0; q < p.count; q++) {
      if (p.places[q] >= UNLIMITED_PLACES || p.service[q] !== Service.placementResidential) continue;
      if (actual[q] > p.places[q]) over.push(`row ${q}: ${actual[q]} residents in ${p.places[q]} places (occupied counter ${p.occupied[q]})`);
    }
    expect(over).toEqual([]);
  }, 60_000);
});
