import { describe, expect, it } from 'vitest';
import { completePipeline, pickMunicipalityInRegion, relabelAsHome } from '../../../models/mechanisms/capacity';
import { Attr, NO_SERVICE } from '../../../models/state/citizens';
import { Owner, Service } from '../../../models/state/codes';
import type { World } from '../../../models/state/world';
import { YearAccumulator } from '../../../models/results/accumulator';
import { at, run, scenario, smallWorld } from '../helpers';

const LOAN_POOL = { '2024': 0.2, '2025': 0.6, '2026': 0.7 };

/** Residents of § 107 places: in an offer of their own municipality or not, complex or not. */
function residents107(w: World, ownMunicipal: boolean, complex: boolean): number[] {
  const c = w.citizens;
  const p = w.providers;
  const out: number[] = [];
  for (let i = 0; i < c.count; i++) {
    if (c.service[i] !== Service.residential107 || ((c.attributes[i] & Attr.complex) !== 0) !== complex) continue;
    const q = c.provider[i];
    const own = p.owner[q] === Owner.municipal && p.municipality[q] === c.municipality[i];
    if (own === ownMunicipal) out.push(i);
  }
  return out;
}

function placesByType(w: World): number[] {
  const p = w.providers;
  const out = [0, 0, 0];
  for (let q = 0; q < p.count; q++) {
    const k = [Service.residential107, Service.residential108, Service.botilbudLike].indexOf(p.service[q] as never);
    if (k >= 0) out[k] += p.places[q];
  }
  return out;
}

describe('capacity investment', () => {
  it('picks a host municipality inside the region, in proportion to population', () => {
    const { world } = smallWorld();
    const mun = world.municipalities;
    for (let r = 0; r < world.regionCount; r++) {
      const counts = new Float64Array(mun.count);
      const n = 4000;
      for (let k = 0; k < n; k++) counts[pickMunicipalityInRegion(world, r, (k + 0.5) / n)] += 1;
      let regionPopulation = 0;
      for (let m = 0; m < mun.count; m++) if (mun.info[m].region === r) regionPopulation += mun.population[m];
      for (let m = 0; m < mun.count; m++) {
        if (mun.info[m].region !== r) expect(counts[m]).toBe(0);
        else expect(Math.abs(counts[m] / n - mun.population[m] / regionPopulation)).toBeLessThan(2 / n + 1e-9);
      }
    }
  });

  it('opens the places whose construction finishes this year as municipal offers, and only those', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const n = world.municipalities.count;
    const done = new Float64Array(n * 3);
    done[0 * 3 + 0] = 3; // botilbud-like in municipality 0
    done[5 * 3 + 2] = 2; // § 108 in municipality 5
    const later = new Float64Array(n * 3).fill(1);
    world.municipalities.pipeline.set(2021, done);
    world.municipalities.pipeline.set(2022, later);
    world.year = 2021;
    const rows = world.providers.count;
    completePipeline(world);
    expect(world.providers.count).toBe(rows + 2);
    const p = world.providers;
    expect([p.service[rows], p.municipality[rows], p.places[rows], p.owner[rows], p.open[rows]]).toEqual([Service.botilbudLike, 0, 3, Owner.municipal, 1]);
    expect([p.service[rows + 1], p.municipality[rows + 1], p.places[rows + 1]]).toEqual([Service.residential108, 5, 2]);
    expect(world.acc.placesBuiltPublic).toBe(5);
    expect(world.municipalities.pipeline.has(2021)).toBe(false);
    expect(world.municipalities.pipeline.get(2022)).toBe(later);
  });

  it('draws no more from the loan pool in a year than the pool holds', () => {
    const r = run(scenario({ policyChanges: [{ year: 2024, policy: { loanPoolBn: LOAN_POOL } }] }), { endYear: 2026, sample: 0.05 });
    expect(at(r, 'loan_pool_drawn', 2023)).toBe(0);
    for (const [year, bn] of Object.entries(LOAN_POOL)) {
      expect(at(r, 'loan_pool_drawn', Number(year))).toBeGreaterThanOrEqual(0);
      expect(at(r, 'loan_pool_drawn', Number(year))).toBeLessThanOrEqual(bn + 1e-9);
    }
  }, 60_000);

  it('the loan pool (0.2 / 0.6 / 0.7 bn in 2024–26) raises places_public relative to the baseline by 2030', () => {
    // Fails today (also at sample 1): with botilbud-like housing outside the construction ceiling (the default),
    // municipalities build botilbud-like places, for which the pool only lowers a small annuity; the pool is
    // drawn (loan_pool_drawn > 0) but not one extra place is built.
    const base = run(scenario(), { endYear: 2030, sample: 0.05 });
    const pool = run(scenario({ policyChanges: [{ year: 2024, policy: { loanPoolBn: LOAN_POOL } }] }), { endYear: 2030, sample: 0.05 });
    expect(at(pool, 'loan_pool_drawn', 2025) + at(pool, 'loan_pool_drawn', 2026)).toBeGreaterThan(0);
    expect(at(pool, 'places_public', 2030)).toBeGreaterThan(at(base, 'places_public', 2030));
  }, 60_000);

  it('where the construction ceiling binds (botilbud-like housing inside it), the loan pool does raise places_public by 2030', () => {
    const ceiling = { year: 2019, policy: { botilbudLikeCeilingExempt: false } };
    const base = run(scenario({ policyChanges: [ceiling] }), { endYear: 2030, sample: 0.05 });
    const pool = run(scenario({ policyChanges: [ceiling, { year: 2024, policy: { botilbudLikeCeilingExempt: false, loanPoolBn: LOAN_POOL } }] }), { endYear: 2030, sample: 0.05 });
    expect(at(pool, 'places_public', 2023)).toBe(at(base, 'places_public', 2023));
    expect(at(pool, 'places_public', 2030)).toBeGreaterThan(at(base, 'places_public', 2030));
  }, 60_000);

  it('re-labels an own § 107 place as the botilbud-like home of a resident with a lasting need: no move, no new place', () => {
    const { world } = smallWorld(undefined, { sample: 0.2 }); // offers of about five places
    world.acc = new YearAccumulator(world.municipalities.count);
    world.year = 2019;
    world.month = 12;
    const c = world.citizens;
    const p = world.providers;
    const byOffer = new Map<number, number[]>();
    for (const k of residents107(world, true, false)) byOffer.set(c.provider[k], [...(byOffer.get(c.provider[k]) ?? []), k]);
    const [i, j] = [...byOffer.values()].find((list) => list.length >= 2)!; // two residents of the same offer
    const origin = c.provider[i];
    const before = placesByType(world);
    const [places, occupied, rows] = [p.places[origin], p.occupied[origin], p.count];
    c.waitingFor[i] = Service.residential108;
    expect(relabelAsHome(world, i)).toBe(true);
    expect(relabelAsHome(world, j)).toBe(true);
    const home = c.provider[i];
    expect(p.count).toBe(rows + 1); // both places join one new offer
    expect(c.provider[j]).toBe(home);
    expect([c.service[i], c.waitingFor[i], p.service[home], p.owner[home], p.municipality[home], p.specialisation[home]])
      .toEqual([Service.botilbudLike, NO_SERVICE, Service.botilbudLike, Owner.municipal, c.municipality[i], p.specialisation[origin]]);
    expect([p.places[home], p.occupied[home], p.places[origin], p.occupied[origin]]).toEqual([2, 2, places - 2, occupied - 2]);
    expect(placesByType(world)).toEqual([before[0] - 2, before[1], before[2] + 2]);
    expect(world.acc.placesRelabelled).toBe(2);
    expect(world.acc.placements).toBe(0); // not a move
  });

  it('re-labels as § 108 for a complex resident or without the ceiling exemption, and leaves other owners\' places alone', () => {
    const { world } = smallWorld(undefined, { sample: 0.1 });
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    const p = world.providers;
    const complex = residents107(world, true, true)[0];
    expect(relabelAsHome(world, complex)).toBe(true);
    expect([c.service[complex], p.service[c.provider[complex]]]).toEqual([Service.residential108, Service.residential108]);
    world.policy = { ...world.policy, botilbudLikeCeilingExempt: false };
    const plain = residents107(world, true, false)[0];
    expect(relabelAsHome(world, plain)).toBe(true);
    expect(c.service[plain]).toBe(Service.residential108);
    const elsewhere = residents107(world, false, false)[0];
    const q = c.provider[elsewhere];
    const places = p.places[q];
    expect(relabelAsHome(world, elsewhere)).toBe(false);
    expect([c.service[elsewhere], c.provider[elsewhere], p.places[q]]).toEqual([Service.residential107, q, places]);
  });
});
