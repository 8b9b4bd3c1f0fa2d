import { describe, expect, it } from 'vitest';
import { Citizens, NO_SERVICE, needLevel } from '../../../models/state/citizens';

describe('Citizens (struct of arrays)', () => {
  it('appends rows with a fresh identity, no waiting, no counts and no cost', () => {
    const c = new Citizens(4);
    c.yearCost[0] = 99;
    const i = c.add(41);
    expect(i).toBe(0);
    expect([c.count, c.id[0], c.waitingFor[0], c.countedThisYear[0], c.attributes[0], c.yearCost[0]]).toEqual([1, 41, NO_SERVICE, 0, 0, 0]);
  });

  it('grows its storage when full and keeps every row', () => {
    const c = new Citizens(16);
    for (let k = 0; k < 100; k++) {
      const i = c.add(k);
      c.functioning[i] = k;
      c.costFactor[i] = k / 2;
    }
    expect(c.count).toBe(100);
    expect(c.capacity).toBeGreaterThanOrEqual(100);
    for (let k = 0; k < 100; k++) expect([c.id[k], c.functioning[k], c.costFactor[k]]).toEqual([k, k, k / 2]);
  });

  it('removes a row by moving the last row into it, every field included', () => {
    const c = new Citizens(16);
    for (let k = 0; k < 5; k++) {
      c.add(k);
      for (const field of c.fields()) field[k] = k + 1;
    }
    c.remove(1);
    expect(c.count).toBe(4);
    for (const field of c.fields()) expect([...field.subarray(0, 4)]).toEqual([1, 5, 3, 4]);
    c.remove(3); // the last row: nothing moves
    expect(c.count).toBe(3);
    for (const field of c.fields()) expect([...field.subarray(0, 3)]).toEqual([1, 5, 3]);
  });

  it('stays within the 40-bytes-per-citizen budget', () => {
    expect(new Citizens(16).bytesPerRow()).toBeLessThanOrEqual(40);
  });

  it('maps functional level to need level 5 (0–19) … 1 (80–100)', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(needLevel)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
});
