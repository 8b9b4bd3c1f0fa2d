/**
 * Provider costs and tariffs (model.md mechanism 5; agreements M001-6, M000-1, M000-4; expert-report
 * 2.3, 2.4, §4 drivers 4, 8–11, 15).
 *
 * Each January every offer sets its tariff for the year. Its cost is its cost base (staff,
 * building, overhead at need level 3) times its standards level (which supervision and score
 * chasing push up; rulings raise citizens' individual cost factors instead), grown by real wages, with a fixed share that does not fall with occupancy:
 * the cost per occupied place rises when volume falls (the specialised offer's "death spiral").
 * Public and self-owned offers charge cost: a surplus or deficit within 5 % of cost stays with the
 * operator, the rest is carried into later tariffs (the 2015 rules). Private offers add a margin
 * and a markup that grows with scarcity in their region and specialisation (thin markets for
 * complex needs: near-monopoly pricing). Self-referral tariffs are fixed and not negotiable (D12).
 * Caps (policy) bound self-referral and complex-segment tariffs. Standard tariff models halve the
 * scarcity markup that opacity allows (agreements M000-1). In-house units price at unit cost ×
 * the municipality's service level.
 */
import { Owner, SERVICE_COUNT, Service, Specialisation, isPlaceService, isSelfReferralService } from '../state/codes';
import { UNLIMITED_PLACES } from '../state/providers';
import type { World } from '../state/world';

/** Band within which a public operator keeps its surplus or absorbs its deficit (agreements M001-6: 5 %). */
const SURPLUS_BAND = 0.05;
/** Lowest occupancy a tariff is spread over (assumption: operators plan on at least half their places). */
const MIN_PLANNING_OCCUPANCY = 0.5;

/** Scarcity 0…1 by region and specialisation level: 1 when vacancies are below the target, falling to 0 at twice it. */
export function computeScarcity(w: World): void {
  const p = w.providers;
  const places = new Float64Array(w.regionCount * 3);
  const vacant = new Float64Array(w.regionCount * 3);
  for (let q = 0; q < p.count; q++) {
    if (!p.open[q] || p.places[q] >= UNLIMITED_PLACES) continue;
    const s = p.service[q];
    if (s !== Service.residential107 && s !== Service.residential108 && s !== Service.botilbudLike && s !== Service.placementResidential) continue;
    const k = p.region[q] * 3 + p.specialisation[q];
    places[k] += p.places[q];
    vacant[k] += Math.max(0, p.places[q] - p.occupied[q]);
  }
  const target = w.assumptions.targetVacancy;
  for (let k = 0; k < places.length; k++) {
    const rate = places[k] > 0 ? vacant[k] / places[k] : 0;
    w.scarcity[k] = Math.max(0, Math.min(1, 2 - rate / target));
  }
}

/** Public reference cost per place-year by `[service * 3 + specialisation]` (mean over open public offers). */
export function publicReference(w: World): Float64Array {
  const p = w.providers;
  const sum = new Float64Array(SERVICE_COUNT * 3);
  const n = new Float64Array(SERVICE_COUNT * 3);
  for (let q = 0; q < p.count; q++) {
    if (!p.open[q] || p.places[q] >= UNLIMITED_PLACES) continue;
    if (p.owner[q] !== Owner.municipal && p.owner[q] !== Owner.regional) continue;
    const k = p.service[q] * 3 + p.specialisation[q];
    sum[k] += p.costBase[q] * p.standards[q];
    n[k] += 1;
  }
  const out = new Float64Array(SERVICE_COUNT * 3);
  for (let k = 0; k < out.length; k++) out[k] = n[k] > 0 ? sum[k] / n[k] : 0;
  return out;
}

export function stepPricing(w: World, firstYear: boolean): void {
  const p = w.providers;
  const a = w.assumptions;
  const policy = w.policy;
  computeScarcity(w);
  const reference = publicReference(w);
  const dispersion = policy.standardTariffModel ? 1 - a.standardTariffMarkupCut : 1;
  for (let q = 0; q < p.count; q++) {
    const s = p.service[q];
    if (!firstYear) p.costBase[q] *= 1 + a.realWageDrift;
    if (p.places[q] >= UNLIMITED_PLACES) {
      const m = p.municipality[q];
      // Network involvement replaces part of home-support hours (expert-report 2.1).
      const network = s === Service.homeSupport ? 1 - policy.networkSubstitution : 1;
      p.tariff[q] = p.costBase[q] * w.municipalities.serviceLevel[m] * p.standards[q] * network;
      p.monthlyTariff[q] = p.tariff[q] / 12;
      continue;
    }
    if (!isPlaceService(s)) continue;
    const occupancy = firstYear ? 0.92 : Math.max(MIN_PLANNING_OCCUPANCY, Math.min(1, p.occupiedMonths[q] / 12 / Math.max(1, p.places[q])));
    const unitCost = p.costBase[q] * p.standards[q];
    const fixed = a.fixedCostShare;
    // Cost per occupied place-year: fixed costs spread over the occupied places.
    const costPerOccupied = unitCost * (fixed / occupancy + (1 - fixed)) + p.supervisionCostYear[q] / Math.max(1, p.places[q] * occupancy);
    let tariff: number;
    if (p.owner[q] === Owner.private) {
      const scarcity = w.scarcity[p.region[q] * 3 + p.specialisation[q]];
      const markupMax = p.specialisation[q] >= Specialisation.specialised ? a.complexMarkupMax : a.generalMarkupMax;
      p.markup[q] = a.privateBaseMargin + dispersion * markupMax * scarcity;
      tariff = costPerOccupied * (1 + p.markup[q]);
    } else {
      // Cost-based: carry what exceeds the ±5 % band into this year's tariff (agreements M001-6).
      if (!firstYear) {
        const expectedCost = costPerOccupied * p.places[q] * occupancy;
        const balance = p.revenueYear[q] - expectedCost;
        const band = SURPLUS_BAND * expectedCost;
        if (balance > band) p.carry[q] += balance - band;
        else if (balance < -band) p.carry[q] += balance + band;
      }
      const occupiedPlaces = Math.max(1, p.places[q] * occupancy);
      const carryBack = Math.max(-0.1 * costPerOccupied, Math.min(0.1 * costPerOccupied, p.carry[q] / occupiedPlaces));
      p.carry[q] -= carryBack * occupiedPlaces;
      p.markup[q] = 0;
      tariff = costPerOccupied - carryBack;
    }
    if (isSelfReferralService(s) && policy.tariffCapSelfReferral !== null) {
      const ref = reference[s * 3 + p.specialisation[q]] || unitCost;
      tariff = Math.min(tariff, ref * (1 + policy.tariffCapSelfReferral));
    }
    if (!isSelfReferralService(s) && policy.tariffCapComplex !== null && p.specialisation[q] >= Specialisation.specialised) {
      const ref = reference[s * 3 + p.specialisation[q]] || unitCost;
      tariff = Math.min(tariff, ref * (1 + policy.tariffCapComplex));
    }
    p.tariff[q] = tariff;
    p.monthlyTariff[q] = tariff / 12;
  }
}
