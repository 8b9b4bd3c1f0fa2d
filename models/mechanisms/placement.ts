/**
 * Matching citizens to places (model.md mechanism 4; expert-report 2.3–2.6, §4 drivers 8, 9, 13,
 * 14; agreements M000-4, M002-3).
 *
 * Each month the citizens waiting for a residential place are offered the best vacancy among the
 * place types that can serve them: a temporary need fits § 107, a lasting need fits § 108 or
 * botilbud-like housing; other types are accepted only after waiting `MISMATCH_PATIENCE_MONTHS`, and
 * then count as a mismatch (costlier, slower progression, escalation risk). Places must also match
 * the citizen's specialisation need: a complex citizen in a general place is mismatched. The buyer
 * weighs price (more when economy counts), distance (own municipality, own region, elsewhere),
 * its own places first, and the supervision score; complex citizens may search nationally once
 * specialisation planning lists special functions (agreements M003-1). With the KKR rule
 * "check public vacancies before buying private", a public fit is taken first when complied with.
 * Some citizens choose an alternative offer; it is granted only if its extra cost is within the
 * alternative-offer limit (20–25 % tolerated today, G10; 0 % in the 2024 agreement, M000-4).
 */
import { Attr, Counted, NO_SERVICE } from '../state/citizens';
import { Owner, SERVICE_COUNT, Service, Specialisation, isPlaceService, isPublicOwner } from '../state/codes';
import { Purpose, keyedHash, toUniform } from '../random/keyed';
import type { World } from '../state/world';
import { settleNow } from './accounting';
import { releasePlace } from './exits';

/** Months a citizen waits for a fitting place before accepting a mismatched one (assumption, 2–6). */
const MISMATCH_PATIENCE_MONTHS = 3;
/** Share of placements where the citizen or family asks for an alternative offer (assumption, 0.05–0.2). */
const ALTERNATIVE_OFFER_REQUEST_SHARE = 0.1;
/** Utility weights (assumption): price per 10 % of the reference tariff, distance, own place, score. */
const PRICE_WEIGHT = 1.0;
const DISTANCE_WEIGHT = [0, 0.6, 1.8];
const OWN_PLACE_BONUS = 0.8;
const SCORE_WEIGHT = 0.3;

export interface VacancyIndex {
  /** Open provider rows by `[service][region]` (vacancy is checked when scanning). */
  byServiceRegion: Int32Array[][];
  /** Reference (mean) tariff by service, DKK per place-year. */
  referenceTariff: Float64Array;
  /** Provider rows and the year the index was built for: rebuilt when either changes. */
  providerCount: number;
  year: number;
}

const PLACE_SERVICES = [Service.placementResidential, Service.botilbudLike, Service.residential107, Service.residential108];

export function buildVacancyIndex(w: World): VacancyIndex {
  const p = w.providers;
  const lists: number[][][] = [];
  const tariffSum = new Float64Array(16);
  const tariffCount = new Float64Array(16);
  for (let s = 0; s < 16; s++) {
    lists.push([]);
    for (let r = 0; r < w.regionCount; r++) lists[s].push([]);
  }
  for (let k = 0; k < p.count; k++) {
    const s = p.service[k];
    if (!PLACE_SERVICES.includes(s as (typeof PLACE_SERVICES)[number]) || !p.open[k]) continue;
    tariffSum[s] += p.tariff[k];
    tariffCount[s] += 1;
    lists[s][p.region[k]].push(k);
  }
  const referenceTariff = new Float64Array(16);
  for (let s = 0; s < 16; s++) referenceTariff[s] = tariffCount[s] ? tariffSum[s] / tariffCount[s] : 1;
  return {
    byServiceRegion: lists.map((perRegion) => perRegion.map((rows) => Int32Array.from(rows))),
    referenceTariff,
    providerCount: p.count,
    year: w.year,
  };
}

/**
 * The index for this month: providers and tariffs change only in January (and when offers are
 * added), so the index is rebuilt only then.
 */
export function currentVacancyIndex(w: World, previous: VacancyIndex | null): VacancyIndex {
  if (previous && previous.providerCount === w.providers.count && previous.year === w.year) return previous;
  return buildVacancyIndex(w);
}

/**
 * Place types that can serve a desired service, best fit first: `[service, mismatch rule]`, where
 * the rule is FIT, MISFIT, FLEXIBLE (fits only if the place is flexible, drawn against
 * `flexiblePlaceShare`) or HEAVY (misfits the most complex needs only).
 */
const FIT = 0, MISFIT = 1, FLEXIBLE = 2, HEAVY = 3;
const ACCEPTABLE: Readonly<Record<number, readonly (readonly [number, number])[]>> = {
  // Flexible places (approved for both § 107 and § 108) let a long-term place serve a temporary need without mismatch.
  [Service.residential107]: [[Service.residential107, FIT], [Service.residential108, FLEXIBLE], [Service.botilbudLike, MISFIT]],
  // Botilbud-like housing is an ordinary tenancy with support: it fits lasting needs, but not the
  // most complex ones, which need the staffing of a § 108 place (expert-report 2.5, C9).
  [Service.residential108]: [[Service.residential108, FIT], [Service.botilbudLike, HEAVY], [Service.residential107, FLEXIBLE]],
};
/** Every other place service is served by its own type only. */
const ACCEPTABLE_BY_SERVICE = Array.from({ length: SERVICE_COUNT }, (_, s) => ACCEPTABLE[s] ?? [[s, FIT] as const]);

/** `flexible`: the offered place is approved for both uses (the citizen's draw against `flexiblePlaceShare`). */
function isTypeMismatch(rule: number, flexible: boolean, heavy: boolean): boolean {
  return rule === MISFIT || (rule === FLEXIBLE && !flexible) || (rule === HEAVY && heavy);
}

function specialisationNeed(w: World, i: number): number {
  const attr = w.citizens.attributes[i];
  if (attr & Attr.complex) return Specialisation.highlySpecialised;
  return w.citizens.functioning[i] < 20 ? Specialisation.specialised : Specialisation.general;
}

const SPECIALISATION_LEVELS = 3;

/**
 * This month's candidates: the index's rows that are open and have a vacancy, by
 * `[service][region][specialisation]`. Most places are full most of the time (≈ 25 % of offers have a
 * vacancy), so scanning only these is what keeps a month's matching cheap, and a search that must not
 * accept a mismatch skips the specialisation levels below the citizen's need as a whole (half the rows
 * a search would otherwise look at). A row that fills up during the month is dropped from its bucket
 * when a search next meets it, so the order within a bucket is not the index order; searches break
 * ties by row number instead (see `stepPlacement`), which picks the row the index order would. The
 * result is the same as scanning every row, because a full or closed row is never chosen.
 */
function vacantRows(w: World, index: VacancyIndex): number[][][][] {
  const p = w.providers;
  const open = p.open, occupied = p.occupied, places = p.places, specialisation = p.specialisation;
  return index.byServiceRegion.map((perRegion) =>
    perRegion.map((rows) => {
      const bySpecialisation: number[][] = [[], [], []];
      for (let n = 0; n < rows.length; n++) {
        const q = rows[n];
        if (open[q] && occupied[q] < places[q]) bySpecialisation[specialisation[q]].push(q);
      }
      return bySpecialisation;
    }),
  );
}

/** A place freed during this month's matching (a resident moved on) is offered to those still waiting. */
function offerFreedPlace(w: World, vacant: number[][][][], q: number): void {
  const p = w.providers;
  if (q < 0 || !p.open[q] || p.occupied[q] !== p.places[q] - 1) return; // had a vacancy already, or is not a place
  const rows = vacant[p.service[q]]?.[p.region[q]]?.[p.specialisation[q]];
  if (rows && !rows.includes(q)) rows.push(q); // it may still be listed: full rows are dropped only when met
}

/**
 * Try to place every waiting citizen in this month's queue. With `typeFitOnly` (used when the 2018 stock
 * is placed) a citizen takes only a place of a fitting type (the rules of ACCEPTABLE), of any
 * specialisation, however long they have waited.
 */
export function stepPlacement(w: World, index: VacancyIndex, typeFitOnly = false): void {
  const c = w.citizens;
  const p = w.providers;
  const publicFirst = w.policy.publicVacancyFirst ?? w.assumptions.publicVacancyFirstCompliance;
  const economy = w.policy.economyWeight ?? w.assumptions.economyWeight;
  // Comparable, standardised tariffs let buyers weigh price more (expert-report 2.4, M000-1).
  const transparency = w.policy.standardTariffModel ? w.assumptions.transparencyPriceWeight : 1;
  const priceWeight = PRICE_WEIGHT * (0.5 + economy) * transparency;
  const ownBonus = OWN_PLACE_BONUS * w.assumptions.ownPlacePreference / 0.6;
  const national = w.specialisationCoverage;
  const flexibleShare = w.policy.flexiblePlaceShare;
  const vacant = vacantRows(w, index);
  // The row terms of the utility that do not depend on the citizen, computed once this month for
  // every open place row (a place freed during matching joins the candidates; tariffs and scores
  // change only in January), in the same arithmetic as the full expression so the sums are the
  // same numbers.
  const priceTerm = new Float64Array(p.count);
  const scoreTerm = new Float64Array(p.count);
  for (let s = 0; s < index.byServiceRegion.length; s++) {
    const reference = index.referenceTariff[s];
    for (const rows of index.byServiceRegion[s]) {
      for (let n = 0; n < rows.length; n++) {
        const q = rows[n];
        priceTerm[q] = -priceWeight * ((p.tariff[q] / reference - 1) * 10);
        scoreTerm[q] = SCORE_WEIGHT * p.score[q];
      }
    }
  }
  const occupied = p.occupied, places = p.places, municipality = p.municipality, owner = p.owner, score = p.score;

  for (let k = 0; k < w.waitingCount; k++) {
    const i = w.waitingQueue[k];
    if (i >= c.count) continue;
    const desired = c.waitingFor[i];
    if (desired === NO_SERVICE) continue;
    const m = c.municipality[i];
    const region = w.municipalities.info[m].region;
    const waited = w.month - c.waitStart[i];
    const specNeed = specialisationNeed(w, i);
    // Two steps (see keyedHash), and only booleans passed on: no heap number per waiting citizen.
    const uChoice = toUniform(keyedHash(w.seed, c.id[i], w.month, Purpose.placementChoice));
    const compliesPublicFirst = uChoice < publicFirst;
    const searchNational = specNeed === Specialisation.highlySpecialised && uChoice < national;
    const flexible = uChoice < flexibleShare;
    // Whether the citizen asks for an alternative offer (drawn before the search, as the answer decides
    // whether the search must also find the best-quality place).
    const asksAlternative = toUniform(keyedHash(w.seed, c.id[i], w.month, Purpose.placementChoice + 100)) < ALTERNATIVE_OFFER_REQUEST_SHARE;
    let best = -1;
    let bestUtility = -Infinity;
    let bestMismatch = false;
    let bestPublic = -1;
    let bestPublicUtility = -Infinity;
    let bestQuality = -1;
    let bestQualityScore = -Infinity;
    let bestSegment = -1, bestPublicSegment = -1, bestQualitySegment = -1;
    const heavy = specNeed === Specialisation.highlySpecialised;
    const types = ACCEPTABLE_BY_SERVICE[desired];
    for (let t = 0; t < types.length; t++) {
      const service = types[t][0];
      const typeMismatch = isTypeMismatch(types[t][1], flexible, heavy);
      if (typeMismatch && (typeFitOnly || waited < MISMATCH_PATIENCE_MONTHS)) continue; // every row of this type would be a mismatch
      const regionFrom = searchNational ? 0 : region;
      const regionTo = searchNational ? w.regionCount - 1 : region;
      // Rows below the citizen's specialisation need are mismatches, not acceptable before the patience runs out.
      const lowestLevel = !typeMismatch && waited < MISMATCH_PATIENCE_MONTHS ? specNeed : 0;
      for (let r = regionFrom; r <= regionTo; r++) {
        // The scan of one service and region: in index order the first of equal utilities would win,
        // which is the lowest row number, since the index lists rows in ascending order. `segment`
        // tells whether a best so far was found in this scan (ties with earlier scans keep the earlier).
        const segment = t * 64 + r;
        const distanceOutside = r === region ? DISTANCE_WEIGHT[1] : DISTANCE_WEIGHT[2]; // rows of list r lie in region r
        for (let level = lowestLevel; level < SPECIALISATION_LEVELS; level++) {
          const rows = vacant[service][r][level];
          const mismatch = typeMismatch || level < specNeed;
          const specPenalty = level > specNeed ? -0.3 : 0;
          for (let n = 0; n < rows.length; n++) {
            const q = rows[n];
            if (occupied[q] >= places[q]) {
              // Filled earlier this month: dropped (the last row takes its slot and is looked at next).
              rows[n] = rows[rows.length - 1];
              rows.pop();
              n--;
              continue;
            }
            const inHome = municipality[q] === m;
            const distanceWeight = inHome ? DISTANCE_WEIGHT[0] : distanceOutside;
            const rowOwner = owner[q];
            const own = rowOwner === Owner.municipal && inHome;
            const utility =
              priceTerm[q] - distanceWeight + (own ? ownBonus : 0) + scoreTerm[q] - (mismatch ? 3 : 0) + specPenalty;
            if (utility > bestUtility || (utility === bestUtility && bestSegment === segment && q < best)) {
              bestUtility = utility; best = q; bestMismatch = mismatch; bestSegment = segment;
            }
            // The best public place matters only to a municipality that heeds public-first, the best
            // quality only to a citizen who asks for an alternative offer.
            if (compliesPublicFirst && isPublicOwner(rowOwner) && !mismatch &&
              (utility > bestPublicUtility || (utility === bestPublicUtility && bestPublicSegment === segment && q < bestPublic))) {
              bestPublicUtility = utility; bestPublic = q; bestPublicSegment = segment;
            }
            if (asksAlternative) {
              const qualityScore = score[q] * 2 - distanceWeight - (mismatch ? 3 : 0);
              if (qualityScore > bestQualityScore || (qualityScore === bestQualityScore && bestQualitySegment === segment && q < bestQuality)) {
                bestQualityScore = qualityScore; bestQuality = q; bestQualitySegment = segment;
              }
            }
          }
        }
      }
    }
    if (best < 0) continue;
    let chosen = best;
    let chosenMismatch = bestMismatch;
    if (compliesPublicFirst && bestPublic >= 0) { chosen = bestPublic; chosenMismatch = false; } // public candidates are fits only
    let alternative = false;
    if (asksAlternative && bestQuality >= 0 && bestQuality !== chosen) {
      if (p.tariff[bestQuality] <= p.tariff[chosen] * (1 + w.policy.alternativeOfferLimit)) {
        chosen = bestQuality;
        alternative = true;
        chosenMismatch = false;
      }
    }
    const previous = isPlaceService(c.service[i]) ? c.provider[i] : -1;
    place(w, i, chosen, chosenMismatch, alternative);
    offerFreedPlace(w, vacant, previous);
  }
  w.waitingCount = 0;
}

/**
 * Mark citizen i's place as (not) matching their needs: a mismatched place costs more
 * (`mismatchCostUplift`, expert-report §5 match) and slows progression (needs.ts).
 */
export function setMismatched(w: World, i: number, mismatch: boolean): void {
  const c = w.citizens;
  const wasMismatched = (c.attributes[i] & Attr.mismatched) !== 0;
  if (mismatch && !wasMismatched) {
    c.attributes[i] |= Attr.mismatched;
    c.costFactor[i] *= 1 + w.assumptions.mismatchCostUplift;
  } else if (!mismatch && wasMismatched) {
    c.attributes[i] &= ~Attr.mismatched;
    c.costFactor[i] /= 1 + w.assumptions.mismatchCostUplift;
  }
}

/** Move citizen i into provider q's place. */
export function place(w: World, i: number, q: number, mismatch: boolean, alternative: boolean): void {
  const c = w.citizens;
  const p = w.providers;
  settleNow(w, i);
  releasePlace(w, i); // the old place (residential, institution or shelter) is freed
  p.occupied[q] += 1;
  p.admissionsYear[q] += 1;
  const waited = w.month - c.waitStart[i];
  const m = c.municipality[i];
  const service = p.service[q];
  c.setService(i, service);
  c.provider[i] = q;
  c.serviceStart[i] = w.month;
  c.setWaitingFor(i, NO_SERVICE);
  setMismatched(w, i, mismatch);
  if (alternative) c.attributes[i] |= Attr.alternativeOffer;
  if (service !== Service.placementResidential) {
    w.acc.waitMonthsSum += waited;
    w.acc.placements += 1;
    w.acc.waitMonthsByMunicipality[m] += waited;
    w.acc.placementsByMunicipality[m] += 1;
    countResident(w, i);
  }
}

/** Count a resident once a year in residential and botilbud-like totals. */
export function countResident(w: World, i: number): void {
  const c = w.citizens;
  if (!(c.countedThisYear[i] & Counted.residential)) {
    c.countedThisYear[i] |= Counted.residential;
    w.acc.personsResidential += 1;
    w.acc.personsResidentialByMunicipality[c.municipality[i]] += 1;
  }
  if (c.service[i] === Service.botilbudLike && !(c.countedThisYear[i] & Counted.botilbudLike)) {
    c.countedThisYear[i] |= Counted.botilbudLike;
    w.acc.personsBotilbudLike += 1;
  }
}
