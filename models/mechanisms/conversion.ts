/**
 * Municipal § 108 offers re-labelled as botilbud-like housing (model.md mechanism 6; expert-report
 * §4 driver 13, 2.5, D3–D5, D9; agreements §5.2 #5 "closure or re-labelling by one municipality").
 *
 * Each January from 2019 a municipality turns some of its own § 108 offers into botilbud-like housing:
 * the building becomes tenancies in public housing with § 85 support, so the residents pay their own
 * rent and the municipality's cost per place falls from the § 108 level to the botilbud-like level
 * (`UNIT_COST`), and the conversion works are financed by a housing organisation outside the
 * construction ceiling. That asymmetry is driver 13 ("botilbud-like places grew fast while § 108 places
 * shrank"), so nothing is converted once botilbud-like housing counts against the ceiling
 * (`botilbudLikeCeilingExempt` false, rec 2.5). Highly specialised offers stay § 108: botilbud-like
 * housing lacks the staffing the most complex needs require (placement.ts). Residents stay in their
 * homes; one with particularly complex needs is now in a place that does not match them (the HEAVY rule
 * of placement.ts). The notes give the direction of the place mix, not the amount: the yearly share of
 * offers converted is an assumption with a range (`offerConversionRate`).
 */
import { Attr } from '../state/citizens';
import { Owner, Service, Specialisation } from '../state/codes';
import { UNIT_COST } from '../parameters/world';
import { UNLIMITED_PLACES } from '../state/providers';
import { Purpose, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { unitCostScale } from './costScales';
import { setMismatched } from './placement';

/**
 * This January's conversions: each open municipal § 108 offer below the highly specialised level is
 * converted with probability `offerConversionRate` (keyed by offer and year). Returns a flag by provider
 * row for the offers converted, or null if none was; their residents are moved over by the January pass
 * (`moveIntoConvertedOffer`).
 */
export function stepOfferConversion(w: World): Uint8Array | null {
  if (!w.policy.botilbudLikeCeilingExempt) return null;
  const p = w.providers;
  const rate = w.assumptions.offerConversionRate;
  // The offer keeps its own level (specialisation, wage drift so far); only the legal form's unit cost changes.
  const costRatio = (UNIT_COST[Service.botilbudLike] * unitCostScale(w, Service.botilbudLike)) /
    (UNIT_COST[Service.residential108] * unitCostScale(w, Service.residential108));
  let converted: Uint8Array | null = null;
  for (let q = 0; q < p.count; q++) {
    if (!p.open[q] || p.service[q] !== Service.residential108 || p.owner[q] !== Owner.municipal) continue;
    if (p.specialisation[q] === Specialisation.highlySpecialised || p.places[q] >= UNLIMITED_PLACES) continue;
    if (uniform(w.seed, q, w.year, Purpose.offerConversion) >= rate) continue;
    p.service[q] = Service.botilbudLike;
    p.costBase[q] *= costRatio;
    w.acc.placesConverted += p.places[q];
    converted ??= new Uint8Array(p.count);
    converted[q] = 1;
  }
  return converted;
}

/** Citizen i lives in an offer converted this January: the place is now botilbud-like housing. */
export function moveIntoConvertedOffer(w: World, i: number): void {
  const c = w.citizens;
  c.setService(i, Service.botilbudLike);
  if (c.attributes[i] & Attr.complex) setMismatched(w, i, true);
}
