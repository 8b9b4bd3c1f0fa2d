import { describe, expect, it } from 'vitest';
import { REFERENCE_CORE_TASK_SHARE, stepStaffTime } from '../../../models/mechanisms/staffTime';
import { smallWorld, withPolicy } from '../helpers';

describe('staff time and the core task', () => {
  it('gives more time to citizens when documentation is cut, and raises the improvement multiplier with it', () => {
    const base = smallWorld().world;
    const cut = smallWorld(withPolicy({ documentationReduction: 0.5 })).world;
    base.supervisionVisits = cut.supervisionVisits = 100;
    stepStaffTime(base, 100, 0.09);
    stepStaffTime(cut, 100, 0.09);
    expect(cut.coreTaskShare).toBeCloseTo(base.coreTaskShare + 0.5 * base.assumptions.documentationShare, 12);
    expect(cut.coreTaskMultiplier).toBeGreaterThan(base.coreTaskMultiplier);
  });

  it('takes time from the core task for appeals casework and supervision visits', () => {
    const { world } = smallWorld();
    world.supervisionVisits = 0;
    stepStaffTime(world, 100, 0);
    const quiet = world.coreTaskShare;
    world.supervisionVisits = 100;
    stepStaffTime(world, 100, 0.3);
    expect(world.coreTaskShare).toBeLessThan(quiet);
  });

  it('keeps the core-task share at least 0.3, with the improvement multiplier 1 at the 2018 reference share', () => {
    const { world } = smallWorld();
    world.supervisionVisits = 1e6;
    stepStaffTime(world, 1, 10);
    expect(world.coreTaskShare).toBe(0.3);
    expect(world.coreTaskMultiplier).toBeLessThan(1);
    // Documentation 20 % and 10 % other duties, no visits or appeals: the 2018 reference share, multiplier 1.
    world.assumptions.documentationShare = 0.2;
    world.supervisionVisits = 0;
    stepStaffTime(world, 100, 0);
    expect(world.coreTaskShare).toBeCloseTo(REFERENCE_CORE_TASK_SHARE, 12);
    expect(world.coreTaskMultiplier).toBeCloseTo(1, 12);
  });
});
