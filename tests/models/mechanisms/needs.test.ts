import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHazardTables, eventThresholdOf, queueRevisit, queueWaiting } from '../../../models/mechanisms/needs';
import { GROUP_COUNT } from '../../../models/state/codes';
import { at, run, scenario, smallWorld } from '../helpers';

describe('needs over time', () => {
  it('never lets a draw below the event bound pass the one-byte threshold (the loop would skip an event)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1.2, noNaN: true }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (bound, draw) => {
        const threshold = eventThresholdOf(bound);
        expect(threshold).toBeGreaterThanOrEqual(0);
        expect(threshold).toBeLessThanOrEqual(255);
        if (draw / 2 ** 32 < bound) expect(draw >>> 24).toBeLessThanOrEqual(threshold);
      }),
      { numRuns: 20_000 },
    );
    // At the edges: a draw just below the bound is examined, and the threshold is tight to one step.
    for (const bound of [0.001, 0.05, 0.0703125, 0.1234, 0.5, 0.99]) {
      const draw = Math.ceil(bound * 2 ** 32) - 1;
      expect(draw >>> 24).toBeLessThanOrEqual(eventThresholdOf(bound));
      expect(eventThresholdOf(bound) / 256).toBeLessThan(bound + 1 / 256);
    }
    expect(eventThresholdOf(2)).toBe(255);
  });

  it('gives every citizen examined every month the threshold 255 and every group one from its bound', () => {
    const { world } = smallWorld();
    const t = buildHazardTables(world);
    expect(t.eventThreshold[GROUP_COUNT]).toBe(255);
    for (let g = 0; g < GROUP_COUNT; g++) expect(t.eventThreshold[g]).toBe(eventThresholdOf(t.eventBound[g]));
  });

  it('builds monthly hazards that are probabilities, with deaths part of exits', () => {
    const { world } = smallWorld();
    const t = buildHazardTables(world);
    for (const table of [t.exit, t.death, t.improve, t.worsen]) for (const x of table) expect(x >= 0 && x < 1).toBe(true);
    for (let k = 0; k < t.exit.length; k++) expect(t.death[k]).toBeLessThanOrEqual(t.exit[k]);
    for (const x of t.municipalImprove) expect(x).toBeGreaterThan(0);
    expect(t.crisisAcuteExit).toBeGreaterThan(t.crisisHousingExit);
    expect(t.mismatchImproveFactor).toBeCloseTo(1 - world.assumptions.mismatchProgressionPenalty, 12);
  });

  it('lets citizens who can progress improve fastest and degenerative ones worsen fastest', () => {
    const { world } = smallWorld();
    const t = buildHazardTables(world);
    for (let g = 0; g < GROUP_COUNT; g++) {
      if (t.improve[g * 3] === 0 && t.worsen[g * 3 + 1] === 0) continue; // groups modelled by phases only
      expect(t.improve[g * 3]).toBeGreaterThan(t.improve[g * 3 + 1]);
      expect(t.improve[g * 3 + 1]).toBeGreaterThan(t.improve[g * 3 + 2]);
      expect(t.worsen[g * 3 + 2]).toBeGreaterThan(t.worsen[g * 3 + 1]);
      expect(t.worsen[g * 3 + 1]).toBeGreaterThan(t.worsen[g * 3]);
    }
  });

  it('lets heavier needs end less often (exit hazard falls with need level)', () => {
    const { world } = smallWorld();
    const t = buildHazardTables(world);
    for (let g = 0; g < GROUP_COUNT; g++) {
      for (let n = 1; n < 5; n++) expect(t.exit[g * 5 + n]).toBeLessThanOrEqual(t.exit[g * 5 + n - 1]);
    }
  });

  it('scales improvement with the improvement-hazard assumption', () => {
    const slow = smallWorld(scenario({ assumptions: { improveHazardScale: 0.8 } })).world;
    const fast = smallWorld(scenario({ assumptions: { improveHazardScale: 1.2 } })).world;
    const a = buildHazardTables(slow);
    const b = buildHazardTables(fast);
    for (let k = 0; k < a.improve.length; k++) if (a.improve[k] > 0) expect(b.improve[k]).toBeGreaterThan(a.improve[k]);
  });

  it('faster improvement raises the share of adults who progress during the year (same seed)', () => {
    const slow = run(scenario({ assumptions: { improveHazardScale: 0.8 } }), { endYear: 2019 });
    const fast = run(scenario({ assumptions: { improveHazardScale: 1.2 } }), { endYear: 2019 });
    for (const year of [2018, 2019]) expect(at(fast, 'progression_share', year)).toBeGreaterThan(at(slow, 'progression_share', year));
  }, 60_000);

  it('grows its queues when they are full, keeping what was queued', () => {
    const { world } = smallWorld();
    world.revisitCount = 0;
    world.waitingCount = 0;
    const n = world.revisitQueue.length + 10;
    for (let k = 0; k < n; k++) {
      queueRevisit(world, k);
      queueWaiting(world, k);
    }
    expect(world.revisitCount).toBe(n);
    expect(world.waitingCount).toBe(n);
    expect(world.revisitQueue[n - 1]).toBe(n - 1);
    expect(world.waitingQueue[0]).toBe(0);
  });
});
