import { describe, expect, it } from 'vitest';
import { stepKnowledge } from '../../../models/mechanisms/knowledge';
import { smallWorld, withPolicy } from '../helpers';

describe('method diffusion', () => {
  it('raises adoption every year towards, and never above, full adoption', () => {
    const { world } = smallWorld();
    let previous = Float64Array.from(world.municipalities.methodAdoption);
    for (let year = 0; year < 60; year++) {
      stepKnowledge(world);
      const now = world.municipalities.methodAdoption;
      for (let m = 0; m < now.length; m++) {
        expect(now[m]).toBeGreaterThanOrEqual(previous[m]);
        expect(now[m]).toBeLessThanOrEqual(1);
      }
      previous = Float64Array.from(now);
    }
    expect(Math.min(...previous)).toBeGreaterThan(0.95);
  });

  it('spreads faster with a diffusion boost', () => {
    const slow = smallWorld().world;
    const fast = smallWorld(withPolicy({ diffusionBoost: 1 })).world;
    for (let year = 0; year < 3; year++) {
      stepKnowledge(slow);
      stepKnowledge(fast);
    }
    const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean(fast.municipalities.methodAdoption)).toBeGreaterThan(mean(slow.municipalities.methodAdoption));
  });
});
