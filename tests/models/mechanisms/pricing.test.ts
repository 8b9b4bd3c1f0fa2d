import { describe, expect, it } from 'vitest';
import { computeScarcity, publicReference, stepPricing } from '../../../models/mechanisms/pricing';
import { stepMonth } from '../../../models/step';
import { Owner, Specialisation, isPlaceService, isSelfReferralService } from '../../../models/state/codes';
import { UNLIMITED_PLACES } from '../../../models/state/providers';
import type { World } from '../../../models/state/world';
import { at, run, scenario, smallWorld, withPolicy } from '../helpers';

/** Largest tariff / reference ratio over self-referral offers (reference as the engine saw it). */
function worstSelfReferralRatio(w: World, reference: Float64Array): number {
  const p = w.providers;
  let worst = 0;
  for (let q = 0; q < p.count; q++) {
    if (!isSelfReferralService(p.service[q]) || p.places[q] >= UNLIMITED_PLACES) continue;
    const ref = reference[p.service[q] * 3 + p.specialisation[q]] || p.costBase[q] * p.standards[q];
    worst = Math.max(worst, p.tariff[q] / ref);
  }
  return worst;
}

/**
 * Step through 2018–2021 and return the worst self-referral tariff / reference ratio in each year.
 * Nothing moves costs or standards between December and the January pricing, so the reference taken just
 * before January's step is the one the engine prices against.
 */
function selfReferralRatiosByYear(policy: Parameters<typeof withPolicy>[0] | null): number[] {
  const { world, stepper } = smallWorld(policy ? withPolicy(policy) : scenario(), { sample: 0.05, endYear: 2021 });
  const ratios = [worstSelfReferralRatio(world, publicReference(world))]; // 2018: priced in createWorld
  for (let month = 0; month < 48; month++) {
    const january = month % 12 === 0 && month > 0;
    const reference = january ? publicReference(world) : null;
    stepMonth(stepper);
    if (reference) ratios.push(worstSelfReferralRatio(world, reference));
  }
  return ratios;
}

describe('pricing: caps', () => {
  it('a self-referral tariff cap of 0 keeps every crisis-centre and shelter tariff at or below the public reference cost, every year', () => {
    const capped = selfReferralRatiosByYear({ tariffCapSelfReferral: 0 });
    const uncapped = selfReferralRatiosByYear(null);
    expect(capped).toHaveLength(4);
    for (const ratio of capped) expect(ratio).toBeLessThanOrEqual(1 + 1e-9);
    // Without the cap some centre charges more than the reference (so the cap binds and the test can fail).
    expect(Math.max(...uncapped)).toBeGreaterThan(1.001);
  }, 60_000);

  it('a self-referral tariff cap lowers crisis-centre and shelter spending (same seed)', () => {
    const base = run(scenario(), { endYear: 2019 });
    const capped = run(withPolicy({ tariffCapSelfReferral: 0 }), { endYear: 2019 });
    for (const year of [2018, 2019]) {
      const b = at(base, 'spend_crisis_centres', year) + at(base, 'spend_shelters', year);
      const c = at(capped, 'spend_crisis_centres', year) + at(capped, 'spend_shelters', year);
      expect(c).toBeLessThan(b);
    }
  }, 60_000);

  it('a complex-segment cap of 0 keeps specialised place tariffs at or below the public reference', () => {
    const { world } = smallWorld(withPolicy({ tariffCapComplex: 0 }), { sample: 0.05 });
    world.year = 2019;
    const reference = publicReference(world);
    stepPricing(world, false);
    const p = world.providers;
    let checked = 0;
    for (let q = 0; q < p.count; q++) {
      if (p.places[q] >= UNLIMITED_PLACES || !isPlaceService(p.service[q]) || isSelfReferralService(p.service[q])) continue;
      if (p.specialisation[q] < Specialisation.specialised) continue;
      // The engine's fallback reference is the offer's own unit cost after this year's wage drift.
      const ref = reference[p.service[q] * 3 + p.specialisation[q]] || p.costBase[q] * p.standards[q];
      expect(p.tariff[q]).toBeLessThanOrEqual(ref * (1 + 1e-9));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('pricing: tariffs', () => {
  it('private offers charge at least their cost plus the base margin; public ones charge cost within the carry band', () => {
    const { world, stepper } = smallWorld(scenario(), { sample: 0.05 });
    for (let k = 0; k < 12; k++) stepMonth(stepper);
    const p = world.providers;
    const before = { costBase: Float64Array.from(p.costBase), standards: Float64Array.from(p.standards) };
    world.year = 2019;
    stepPricing(world, false);
    let privateRows = 0;
    for (let q = 0; q < p.count; q++) {
      if (p.places[q] >= UNLIMITED_PLACES || !isPlaceService(p.service[q]) || isSelfReferralService(p.service[q])) continue;
      const unit = before.costBase[q] * (1 + world.assumptions.realWageDrift) * before.standards[q];
      if (p.owner[q] === Owner.private) {
        privateRows += 1;
        expect(p.markup[q]).toBeGreaterThanOrEqual(world.assumptions.privateBaseMargin - 1e-12);
        expect(p.markup[q]).toBeLessThanOrEqual(world.assumptions.privateBaseMargin + world.assumptions.complexMarkupMax + 1e-12);
        expect(p.tariff[q]).toBeGreaterThanOrEqual(unit * (1 + world.assumptions.privateBaseMargin) * (1 - 1e-9));
      } else {
        expect(p.markup[q]).toBe(0);
        // Fixed costs spread over at least half the places, ±10 % carried surplus/deficit.
        expect(p.tariff[q]).toBeGreaterThan(unit * 0.9 * (1 - 1e-9));
      }
      expect(p.monthlyTariff[q]).toBeCloseTo(p.tariff[q] / 12, 6);
    }
    expect(privateRows).toBeGreaterThan(0);
  }, 30_000);

  it('standard tariff models halve the scarcity markup of private offers', () => {
    const { world } = smallWorld(scenario(), { sample: 0.05 });
    world.year = 2019;
    const snapshot = {
      costBase: Float64Array.from(world.providers.costBase),
      carry: Float64Array.from(world.providers.carry),
    };
    stepPricing(world, false);
    const markupOpaque = Float64Array.from(world.providers.markup);
    world.providers.costBase.set(snapshot.costBase);
    world.providers.carry.set(snapshot.carry);
    world.policy = { ...world.policy, standardTariffModel: true };
    stepPricing(world, false);
    const base = world.assumptions.privateBaseMargin;
    let compared = 0;
    for (let q = 0; q < world.providers.count; q++) {
      if (world.providers.owner[q] !== Owner.private || world.providers.places[q] >= UNLIMITED_PLACES) continue;
      expect(world.providers.markup[q] - base).toBeCloseTo((markupOpaque[q] - base) * (1 - world.assumptions.standardTariffMarkupCut), 9);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('scarcity lies in [0, 1], and is 1 where no place is vacant', () => {
    const { world } = smallWorld();
    computeScarcity(world);
    for (const s of world.scarcity) expect(s >= 0 && s <= 1).toBe(true);
    const p = world.providers;
    for (let q = 0; q < p.count; q++) if (p.places[q] < UNLIMITED_PLACES) p.occupied[q] = p.places[q];
    computeScarcity(world);
    for (const s of world.scarcity) expect(s).toBe(1);
  });
});
