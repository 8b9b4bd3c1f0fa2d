import { describe, expect, it } from 'vitest';
import { moveIntoConvertedOffer, stepOfferConversion } from '../../../models/mechanisms/conversion';
import { Owner, Service, Specialisation } from '../../../models/state/codes';
import { Attr } from '../../../models/state/citizens';
import { UNLIMITED_PLACES } from '../../../models/state/providers';
import { YearAccumulator } from '../../../models/results/accumulator';
import { UNIT_COST } from '../../../models/parameters/world';
import { unitCostScale } from '../../../models/mechanisms/costScales';
import { smallWorld } from '../helpers';

/** A world in January 2021 whose yearly conversion rate is `rate` (outside the scenario range on purpose, to see many conversions). */
function worldAt(rate: number, exempt = true) {
  const { world } = smallWorld(undefined, { sample: 0.1 });
  world.year = 2021;
  world.acc = new YearAccumulator(world.municipalities.count);
  world.assumptions = { ...world.assumptions, offerConversionRate: rate };
  world.policy = { ...world.policy, botilbudLikeCeilingExempt: exempt };
  return world;
}

const eligible = (w: ReturnType<typeof worldAt>, q: number) =>
  w.providers.open[q] === 1 &&
  w.providers.service[q] === Service.residential108 &&
  w.providers.owner[q] === Owner.municipal &&
  w.providers.specialisation[q] !== Specialisation.highlySpecialised &&
  w.providers.places[q] < UNLIMITED_PLACES;

describe('conversion: municipal § 108 offers re-labelled as botilbud-like housing', () => {
  it('converts about the drawn share of eligible offers and nothing else, at the botilbud-like unit cost, counting their places', () => {
    const w = worldAt(0.5);
    const p = w.providers;
    const before = { service: Uint8Array.from(p.service), costBase: Float64Array.from(p.costBase), eligible: Array.from({ length: p.count }, (_, q) => eligible(w, q)) };
    const costRatio =
      (UNIT_COST[Service.botilbudLike] * unitCostScale(w, Service.botilbudLike)) / (UNIT_COST[Service.residential108] * unitCostScale(w, Service.residential108));
    expect(costRatio).toBeLessThan(1);
    const converted = stepOfferConversion(w);
    expect(converted).not.toBeNull();
    let n = 0;
    let places = 0;
    const eligibleCount = before.eligible.filter(Boolean).length;
    for (let q = 0; q < p.count; q++) {
      if (converted![q]) {
        expect(before.eligible[q]).toBe(true);
        expect(p.service[q]).toBe(Service.botilbudLike);
        // The offer keeps its own level; only the legal form's unit cost changes (the scales cancel in 2018 prices).
        expect(p.costBase[q]! / before.costBase[q]!).toBeCloseTo(costRatio, 5);
        n += 1;
        places += p.places[q];
      } else {
        expect(p.service[q]).toBe(before.service[q]);
        expect(p.costBase[q]).toBe(before.costBase[q]);
      }
    }
    expect(eligibleCount).toBeGreaterThan(20);
    // Binomial(eligible, 0.5): far inside ±4 standard deviations.
    const sd = Math.sqrt(eligibleCount * 0.25);
    expect(Math.abs(n - eligibleCount / 2)).toBeLessThan(4 * sd);
    expect(w.acc.placesConverted).toBe(places);
  });

  it('converts nothing once botilbud-like housing counts against the construction ceiling (rec 2.5), or at a rate of zero', () => {
    for (const w of [worldAt(0.5, false), worldAt(0)]) {
      const service = Uint8Array.from(w.providers.service);
      expect(stepOfferConversion(w)).toBeNull();
      expect(w.providers.service).toEqual(service);
      expect(w.acc.placesConverted).toBe(0);
    }
  });

  it('is keyed by offer and year: the same offers convert in a replay, other offers in another year', () => {
    const first = stepOfferConversion(worldAt(0.3));
    const again = stepOfferConversion(worldAt(0.3));
    expect(again).toEqual(first);
    const later = worldAt(0.3);
    later.year = 2022;
    expect(stepOfferConversion(later)).not.toEqual(first);
  });

  it('moves a resident over: the place is now botilbud-like, and particularly complex needs no longer match it', () => {
    const w = worldAt(0.5);
    const c = w.citizens;
    const residents: number[] = [];
    for (let i = 0; i < c.count && residents.length < 2; i++) if (c.service[i] === Service.residential108) residents.push(i);
    expect(residents.length).toBe(2);
    const [plain, complex] = residents as [number, number];
    c.attributes[plain] &= ~(Attr.complex | Attr.mismatched);
    c.attributes[complex] = (c.attributes[complex]! | Attr.complex) & ~Attr.mismatched;
    moveIntoConvertedOffer(w, plain);
    moveIntoConvertedOffer(w, complex);
    expect(c.service[plain]).toBe(Service.botilbudLike);
    expect(c.service[complex]).toBe(Service.botilbudLike);
    expect(c.attributes[plain]! & Attr.mismatched).toBe(0);
    expect(c.attributes[complex]! & Attr.mismatched).toBe(Attr.mismatched);
  });
});
