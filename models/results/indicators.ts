/**
 * Yearly indicators (model.md §Outputs) from the year's accumulator and the state at year end.
 * All money in bn DKK (2023 prices) unless a key says otherwise; counts are persons during the
 * year unless stated; everything is divided by the sample fraction.
 */
import { Attr, NO_SERVICE } from '../state/citizens';
import { Group, Owner, SERVICE_COUNT, Service, isChildService, isDisabilityGroup, isPublicOwner, isResidentialService } from '../state/codes';
import { ADULT_18_66_SHARE, AGGREGATE_LINES, FIRST_YEAR, YEAR_COUNT } from '../parameters/world';
import { UNLIMITED_PLACES } from '../state/providers';
import type { World } from '../state/world';
import { quantile } from 'd3-array';

export const NATIONAL_INDICATORS = {
  spend_total: 'bn DKK, 2023 prices',
  spend_adults: 'bn DKK, 2023 prices',
  spend_children: 'bn DKK, 2023 prices',
  spend_residential: 'bn DKK, 2023 prices',
  spend_crisis_centres: 'bn DKK, 2023 prices',
  spend_shelters: 'bn DKK, 2023 prices',
  spend_bpa: 'bn DKK, 2023 prices',
  spend_supervision: 'bn DKK, 2023 prices',
  spend_state_refunds: 'bn DKK, 2023 prices',
  spend_municipal_net: 'bn DKK, 2023 prices',
  recipients_total: 'persons during the year',
  recipients_adults: 'persons during the year',
  recipients_children: 'persons during the year (0–22)',
  residents_residential: 'persons during the year',
  residents_botilbudslignende: 'persons during the year',
  places_107: 'places at year end',
  places_108: 'places at year end',
  places_botilbudslignende: 'places at year end',
  places_total: 'places at year end',
  places_public: 'places at year end',
  places_private: 'places at year end',
  unit_cost_residential: 'm DKK per resident',
  private_share_residential: 'share of residential spending',
  cost_over_2m_count: 'persons',
  cost_over_2m_share_residential: 'share of residential spending',
  municipal_spread_residential: 'ratio P95/P5 across municipalities',
  crisis_stays: 'stays with ≥ 1 day in the year',
  crisis_women: 'women with a stay in the year',
  crisis_avg_stay_days: 'days per woman in the year',
  bpa_recipients: 'persons during the year',
  wait_months_residential: 'months',
  match_share: 'share of residents',
  progression_share: 'share of adult recipients',
  qol_mean: 'index 0–1',
  core_task_share: 'share of frontline time',
  appeals: 'cases decided',
  loan_pool_drawn: 'bn DKK',
  places_built_public: 'places completed in the year',
  places_opened_private: 'places opened in the year',
} as const;
export type NationalIndicator = keyof typeof NATIONAL_INDICATORS;

export const MUNICIPAL_INDICATORS = {
  spend_residential_per_adult: 'DKK per 18–66-year-old (estimated population 18–66)',
  spend_per_capita: 'DKK per inhabitant',
  wait_months_residential: 'months',
  spend_total: 'bn DKK, 2023 prices',
  residents_residential: 'persons during the year',
} as const;
export type MunicipalIndicator = keyof typeof MUNICIPAL_INDICATORS;

export interface ResultStore {
  national: Record<NationalIndicator, Float64Array>;
  municipal: Record<MunicipalIndicator, Float64Array>;
  /** National population in 2018, for lines that grow with population. */
  basePopulation?: number;
}

export function createResultStore(municipalityCount: number): ResultStore {
  const national = {} as Record<NationalIndicator, Float64Array>;
  for (const key of Object.keys(NATIONAL_INDICATORS) as NationalIndicator[]) national[key] = new Float64Array(YEAR_COUNT).fill(NaN);
  const municipal = {} as Record<MunicipalIndicator, Float64Array>;
  for (const key of Object.keys(MUNICIPAL_INDICATORS) as MunicipalIndicator[]) municipal[key] = new Float64Array(municipalityCount * YEAR_COUNT).fill(NaN);
  return { national, municipal };
}

/** Municipality code excluded from the spread (expert-report B13: Læsø excluded). */
const SPREAD_EXCLUDED_CODE = '825';

export function recordYear(w: World, store: ResultStore): void {
  const y = w.year - FIRST_YEAR;
  const acc = w.acc;
  const c = w.citizens;
  const p = w.providers;
  const mun = w.municipalities;
  const s = w.sample;
  const bn = 1e-9 / s;
  const years = w.year - FIRST_YEAR;
  const n = mun.count;

  // Year-end pass over citizens: quality, match, progression, disabled adults for day offers.
  let qolSum = 0;
  let residents = 0;
  let matched = 0;
  let adults = 0;
  let improved = 0;
  const disabledAdults = new Float64Array(n);
  const group = c.group, service = c.service, attributes = c.attributes, functioning = c.functioning;
  const functioningAtYearStart = c.functioningAtYearStart, municipality = c.municipality;
  const provider = c.provider, waitingFor = c.waitingFor, latentQuality = p.latentQuality, methodAdoption = mun.methodAdoption;
  const citizenCount = c.count;
  for (let i = 0; i < citizenCount; i++) {
    // Quality of life 0–1 (assumption: function, place quality, match, waiting).
    let qol = 0.3 + 0.35 * (functioning[i] / 100) + 0.15 * latentQuality[provider[i]] + 0.05 * methodAdoption[municipality[i]];
    if (attributes[i] & Attr.mismatched) qol -= 0.1;
    if (waitingFor[i] !== NO_SERVICE) qol -= 0.12;
    qolSum += qol < 0 ? 0 : qol > 1 ? 1 : qol;
    const g = group[i];
    if (isResidentialService(service[i])) {
      residents += 1;
      if (!(attributes[i] & Attr.mismatched)) matched += 1;
    }
    if (g > Group.youthAftercare && g !== Group.adultViolence) {
      adults += 1;
      if (functioning[i] > functioningAtYearStart[i]) improved += 1;
    }
    if (isDisabilityGroup(g)) disabledAdults[municipality[i]] += 1;
  }

  // Spending by area, municipality (DKK, full scale).
  let totalPopulation = 0;
  for (let m = 0; m < n; m++) totalPopulation += mun.population[m];
  const aids = AGGREGATE_LINES.aids.level2018 * 1e9 * Math.pow(1 + AGGREGATE_LINES.aids.trendPerYear, years);
  const populationGrowth = totalPopulation / (store.basePopulation ?? totalPopulation);
  const otherAdults = AGGREGATE_LINES.otherAdults2018 * 1e9 * populationGrowth * w.calibration.adultUnitCostScale;
  const otherChildren = AGGREGATE_LINES.otherChildren2018 * 1e9 * populationGrowth * w.calibration.childUnitCostScale;
  let children = 0;
  let adultsSpend = 0;
  let residential = 0;
  const perService = new Float64Array(SERVICE_COUNT);
  const spreadValues: number[] = [];
  for (let m = 0; m < n; m++) {
    const popShare = mun.population[m] / totalPopulation;
    let muniChildren = otherChildren * popShare;
    let muniAdults = (aids + otherAdults) * popShare + (disabledAdults[m] / s) * AGGREGATE_LINES.dayOffersPerDisabledAdult * w.calibration.adultUnitCostScale;
    let muniResidential = 0;
    for (let sv = 0; sv < SERVICE_COUNT; sv++) {
      const v = acc.spendByMunicipalityService[m * SERVICE_COUNT + sv] / s;
      perService[sv] += v;
      if (isChildService(sv)) muniChildren += v;
      else muniAdults += v;
      if (isResidentialService(sv)) muniResidential += v;
    }
    children += muniChildren;
    adultsSpend += muniAdults;
    residential += muniResidential;
    mun.residentialSpendLastYear[m] = mun.residentialSpendCurrent[m];
    mun.residentialSpendCurrent[m] = muniResidential;
    const adults1866 = mun.population[m] * ADULT_18_66_SHARE;
    const k = m * YEAR_COUNT + y;
    store.municipal.spend_residential_per_adult[k] = muniResidential / adults1866;
    store.municipal.spend_per_capita[k] = (muniChildren + muniAdults) / mun.population[m];
    store.municipal.spend_total[k] = (muniChildren + muniAdults) * 1e-9;
    store.municipal.wait_months_residential[k] = acc.placementsByMunicipality[m] > 0 ? acc.waitMonthsByMunicipality[m] / acc.placementsByMunicipality[m] : NaN;
    store.municipal.residents_residential[k] = acc.personsResidentialByMunicipality[m] / s;
    if (mun.info[m].code !== SPREAD_EXCLUDED_CODE) spreadValues.push(muniResidential / adults1866);
  }
  const total = children + adultsSpend;
  let refunds = 0;
  for (let m = 0; m < n; m++) refunds += acc.refundsByMunicipality[m] / s;

  // Places at year end and the private share of residential spending.
  let p107 = 0, p108 = 0, pBl = 0, pPublic = 0, pPrivate = 0, revenuePrivate = 0, revenueAll = 0;
  for (let q = 0; q < p.count; q++) {
    const sv = p.service[q];
    if (!isResidentialService(sv) || p.places[q] >= UNLIMITED_PLACES) continue;
    revenueAll += p.revenueYear[q];
    if (p.owner[q] === Owner.private || p.owner[q] === Owner.selfOwned) revenuePrivate += p.revenueYear[q];
    if (!p.open[q] && p.occupied[q] === 0) continue;
    const places = p.places[q];
    if (sv === Service.residential107) p107 += places;
    else if (sv === Service.residential108) p108 += places;
    else pBl += places;
    if (isPublicOwner(p.owner[q])) pPublic += places; else pPrivate += places;
  }

  const nat = store.national;
  nat.spend_total[y] = total * 1e-9;
  nat.spend_adults[y] = adultsSpend * 1e-9;
  nat.spend_children[y] = children * 1e-9;
  nat.spend_residential[y] = residential * 1e-9;
  nat.spend_crisis_centres[y] = perService[Service.crisisCentre] * 1e-9;
  nat.spend_shelters[y] = perService[Service.shelter] * 1e-9;
  nat.spend_bpa[y] = perService[Service.bpa] * 1e-9;
  nat.spend_supervision[y] = acc.supervisionCost * bn;
  nat.spend_state_refunds[y] = refunds * 1e-9;
  nat.spend_municipal_net[y] = (total - refunds) * 1e-9;
  nat.recipients_children[y] = acc.personsChildArea / s;
  nat.recipients_adults[y] = acc.personsAdultArea / s;
  nat.recipients_total[y] = (acc.personsChildArea + acc.personsAdultArea) / s;
  nat.residents_residential[y] = acc.personsResidential / s;
  nat.residents_botilbudslignende[y] = acc.personsBotilbudLike / s;
  nat.places_107[y] = p107 / s;
  nat.places_108[y] = p108 / s;
  nat.places_botilbudslignende[y] = pBl / s;
  nat.places_total[y] = (p107 + p108 + pBl) / s;
  nat.places_public[y] = pPublic / s;
  nat.places_private[y] = pPrivate / s;
  nat.unit_cost_residential[y] = acc.personsResidential > 0 ? (residential * 1e-6) / (acc.personsResidential / s) : NaN;
  nat.private_share_residential[y] = revenueAll > 0 ? revenuePrivate / revenueAll : NaN;
  nat.cost_over_2m_count[y] = acc.costOver2mCount / s;
  nat.cost_over_2m_share_residential[y] = residential > 0 ? acc.costOver2mResidentialSpend / s / residential : NaN;
  spreadValues.sort((x, z) => x - z);
  const p5 = quantile(spreadValues, 0.05) ?? NaN;
  const p95 = quantile(spreadValues, 0.95) ?? NaN;
  nat.municipal_spread_residential[y] = p5 > 0 ? p95 / p5 : NaN;
  nat.crisis_stays[y] = acc.crisisStays / s;
  nat.crisis_women[y] = acc.crisisWomen / s;
  nat.crisis_avg_stay_days[y] = acc.crisisWomen > 0 ? (acc.serviceMonths[Service.crisisCentre] * 30.44) / acc.crisisWomen : NaN;
  nat.bpa_recipients[y] = acc.bpaPersons / s;
  nat.wait_months_residential[y] = acc.placements > 0 ? acc.waitMonthsSum / acc.placements : NaN;
  nat.match_share[y] = residents > 0 ? matched / residents : NaN;
  nat.progression_share[y] = adults > 0 ? improved / adults : NaN;
  nat.qol_mean[y] = c.count > 0 ? qolSum / c.count : NaN;
  nat.core_task_share[y] = w.coreTaskShare;
  nat.appeals[y] = acc.appeals / s;
  nat.loan_pool_drawn[y] = acc.loanPoolDrawn * bn;
  nat.places_built_public[y] = acc.placesBuiltPublic / s;
  nat.places_opened_private[y] = acc.placesOpenedPrivate / s;
}
