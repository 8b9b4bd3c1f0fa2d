/**
 * Uncertain assumptions: every number the domain notes do not give. Each has a central value, a
 * range and its reasoning. Each replication draws every assumption from a triangular distribution
 * over [low, high] with mode `central` (unless the scenario fixes it), so assumption uncertainty
 * flows into the result bands (model.md §Levers: "the report gives no effect sizes").
 */

export interface Assumption {
  central: number;
  low: number;
  high: number;
  unit: string;
  /** Why this value and range; cites the domain note where one suggests it. */
  why: string;
}

function a(central: number, low: number, high: number, unit: string, why: string): Assumption {
  return { central, low, high, unit, why };
}

export const ASSUMPTIONS = {
  // ── Citizens and needs ──
  childEntryTrend: a(0.02, 0.005, 0.035, 'per year', 'assumption: growth of new children and youth in the system, 2018 on; expert-report C5 (+10,000 recipients 2018–22) implies ≈ 3 %/yr in recipients.'),
  adultEntryTrend: a(0.015, 0.005, 0.03, 'per year', 'assumption: growth of new adult recipients, 2018 on; expert-report C5 (+13,000 adults 2018–22).'),
  crisisArrivalTrend: a(0.06, 0.03, 0.1, 'per year 2018–2022, then 1 %/yr', 'assumption: women seeking crisis centres rose with awareness and the 2017–2021 reforms; expert-report B18: spending +76 % 2018–22.'),
  complexShareOfResidential: a(0.08, 0.05, 0.1, 'share', 'expert-report C9: "< 10 % of residents (uncertain)"; agreements M003-1 P(high) ≈ 0.10, 0.05–0.15.'),
  improveHazardScale: a(1, 0.8, 1.2, 'multiplier', 'Monthly functional-improvement hazards are set per group (parameters/world.ts); their level is uncertain ±20 %.'),
  worsenHazardScale: a(1, 0.8, 1.2, 'multiplier', 'Monthly deterioration hazards, ±20 %.'),
  mismatchProgressionPenalty: a(0.35, 0.15, 0.5, 'share of improvement hazard lost', 'expert-report §5 "mismatch is costly and worse for the citizen"; 2.5 lever: slower progression.'),
  mismatchCostUplift: a(0.15, 0, 0.3, 'share of tariff', 'expert-report 2.5 lever: +10–30 %; 2.6 lever +0–20 %.'),
  mismatchEscalationPerYear: a(0.12, 0.05, 0.25, 'per year', 'agreements M000-2: misplaced citizen escalates with pEscalate 0.05–0.25/yr.'),
  escalationCostStep: a(0.25, 0.1, 0.4, 'share of individual cost', 'assumption: one escalation step adds an individual add-on (extra staff) of 10–40 %.'),

  // ── Municipal decisions ──
  economyWeight: a(0.35, 0.3, 0.5, 'probability', 'expert-report 2.1 lever: p_cheapest_adequate 0.3–0.5 today ("economy very rarely cited", lines 1506–1512).'),
  serviceLevelSpread: a(0.1, 0.05, 0.15, 'sd of log multiplier', 'assumption: local service levels differ (first report rec 1); sd 5–15 % of intensity.'),
  incidenceSpread: a(0.2, 0.1, 0.3, 'sd of log multiplier', 'assumption: socio-economic differences in need prevalence between municipalities; sd 10–30 %.'),
  buildPropensity: a(0.5, 0.3, 0.8, 'probability per year at a clear gain', 'assumption: a municipality with a clear financial case builds within ~2 years; collective-action problem (agreements §5.2 #2–3) keeps it below 1.'),
  ownPlacePreference: a(0.6, 0.4, 0.8, 'probability', 'assumption: "own places first" in placement, agreements M002-3.'),
  coordinationLevel: a(0.25, 0.1, 0.4, '0–1', 'expert-report 2.3 lever: 0 = pure free-riding, 1 = KKR builds ≈ full need; today\'s rammeaftaler are non-binding.'),
  publicVacancyFirstCompliance: a(0.5, 0.3, 0.7, 'probability', 'agreements M002-3: compliance 0.5–1.0 where adopted; non-binding today.'),
  ceilingRoomPerInhabitant: a(120, 60, 250, 'DKK per inhabitant per year', 'assumption: the part of the construction ceiling (anlægsloft) a municipality can give social residential places, competing with schools and elderly care (expert-report §4 driver 1).'),
  capexPerPlace: a(2.2e6, 1.5e6, 3e6, 'DKK per place (2023 prices)', 'assumption: construction cost of a residential place; not in the notes (agreements §5.3: "capexPerPlace to be calibrated externally").'),
  botilbudLikeBudgetShare: a(0.15, 0.1, 0.25, 'share of capex', 'assumption: a botilbud-like place (almenbolig § 105) is financed by a housing organisation; the municipality pays base capital (~10 %) plus guarantees, outside the ceiling (expert-report 2.5).'),
  vacancyRiskPremium: a(0.12, 0.05, 0.2, 'share of cost', 'agreements §5.2 #2: the builder carries the empty-place risk; risk premium 5–20 %.'),
  buildLagYears: a(2, 1, 3, 'years', 'agreements §5.3: build lag 1–3 years; expert-report 2.3: 2–5.'),

  // ── Providers and market ──
  privateBaseMargin: a(0.05, 0.02, 0.1, 'share of cost', 'assumption: return on capital and profit of private providers under cost-based tariff rules (agreements M001-6).'),
  complexMarkupMax: a(0.4, 0.2, 0.6, 'share of cost', 'expert-report 2.3 lever: complex-segment markup m_max·g(spare capacity), m_max 20–60 %.'),
  generalMarkupMax: a(0.1, 0.03, 0.2, 'share of cost', 'assumption: in the general segment competition is thicker; a third of the complex markup.'),
  targetVacancy: a(0.08, 0.05, 0.12, 'share of places', 'assumption: spare capacity at which buyers have choice (expert-report §4 driver 9: "no spare capacity").'),
  privateUpcodingPerYear: a(0.15, 0.05, 0.3, 'probability per complex resident per year', 'expert-report B17/§4 driver 15: the most expensive get more expensive, especially in private offers; incomplete contracts (driver 10).'),
  publicUpcodingPerYear: a(0.04, 0.01, 0.08, 'probability per complex resident per year', 'assumption: public providers also reassess upwards, less often.'),
  privateEntryRate: a(0.6, 0.3, 1, 'new offers per region per year per 10 waiting', 'assumption: private providers enter where prices are high and places short (model.md §Providers).'),
  closureOccupancy: a(0.65, 0.55, 0.75, 'occupancy', 'assumption: an offer below this occupancy for a year shrinks or closes.'),
  fixedCostShare: a(0.3, 0.2, 0.4, 'share of cost', 'assumption: building, management and night staff do not fall with occupancy; agreements M001-6 tariff engine.'),
  realWageDrift: a(0.004, 0, 0.01, 'per year, real', 'assumption: real wage growth of care staff; expert-report 2.4 lever gives total cost drift 1.5–2.5 %/yr, of which the rest is endogenous here.'),

  // ── Supervision (expert-report H1–H8) ──
  recommendationCostShare: a(0.02, 0.01, 0.04, 'share of annual cost', 'assumption: cost of implementing one round of recommendations; made permanent at 25 % (H6).'),
  scoreChasingDrift: a(0.012, 0.005, 0.02, 'per year', 'expert-report 4.2 lever: 28 % of providers score-chase at +0.5–2 %/yr cost.'),

  // ── Rulings and appeals (expert-report G1–G11) ──
  rulingsPerYear: a(0.9, 0.6, 1.2, 'per year', 'expert-report 2.2 lever: Poisson, λ ≈ 0.9/yr (9 in about a decade, G9).'),
  rulingReachMax: a(0.1, 0.05, 0.15, 'share of a group', 'expert-report 2.2 lever: each lifts cost for 1–10 % of recipients.'),
  rulingUpliftMax: a(0.25, 0.15, 0.25, 'share of cost', 'expert-report 2.2 lever: by 2–25 % (G10: 20–25 % held "not significantly more expensive").'),

  // ── Crisis centres and shelters ──
  crisisAcuteMonths: a(1.2, 0.8, 1.6, 'months', 'assumption: acute phase of a crisis-centre stay; the rest is waiting for housing/exit (expert-report 2.8 lever).'),
  crisisHousingWaitShare: a(0.45, 0.35, 0.55, 'share of stays', 'assumption: share of women needing a housing solution before leaving (2.8 lever: post-acute phase).'),
  selfReferralEntryRate: a(0.5, 0.2, 0.8, 'new centres per region per year at 10 % turn-away', 'assumption: operators open centres where women are turned away; payment is guaranteed (agreements §5.2 #10).'),

  // ── Children and youth ──
  aftercareTakeUp: a(0.5, 0.4, 0.6, 'share', 'expert-report I3–I4: 8,100 of 16,400 eligible receive aftercare (0.49).'),
  childToAdultTransition: a(0.3, 0.2, 0.4, 'share of placed or aftercare youth', 'assumption: share of formerly placed youth who later need adult social services (expert-report 3.2: risk of unemployment, addiction, homelessness).'),

  // ── Knowledge and staff time ──
  methodInnovation: a(0.015, 0.01, 0.03, 'Bass p per year', 'expert-report 5.3 lever: innovation p 0.01–0.03.'),
  methodImitation: a(0.2, 0.1, 0.4, 'Bass q per year', 'expert-report 5.3 lever: imitation q 0.1–0.4.'),
  recoveryMethodEffect: a(0.2, 0.1, 0.3, 'relative improvement hazard at full adoption', 'expert-report 6.1 lever: relative progression probability +10–30 %.'),
  documentationShare: a(0.18, 0.12, 0.25, 'share of frontline time', 'assumption: documentation, use-of-force logging and registration (expert-report §4 drivers 18, 23; H8 204 fields).'),
  coreTaskQualityElasticity: a(0.5, 0.2, 0.8, 'elasticity', 'assumption: improvement hazard scales with time with citizens (expert-report §5 "time for the core task").'),

  // ── Lever strengths (levers/registry.ts). Appended here: draws are keyed by position, so new keys go last. ──
  // The report gives no effect sizes ("the potentials cannot be estimated", expert-report §1): each is an assumption.
  loanPoolBuildBoost: a(0.3, 0.1, 0.5, 'probability per year', 'assumption: extra probability that a municipality with a loan-pool allocation goes ahead with a marginal project (earmarked cheap capital lowers the hurdle; agreements 000 l.889-895 "to support more reasonable pricing").'),
  binarySupervisionSaving: a(0.3, 0.15, 0.5, 'share of supervision cost', 'assumption: share of supervision fees and visit costs a binary, simpler model saves (expert-report 4.2: cut tariff-financed costs "significantly").'),
  outcomesFundInnovationEffect: a(0.5, 0, 1, 'relative rise of method innovation at full pass-through', 'assumption: an outcomes fund that passes the state\'s gains on makes proven methods pay for the municipality (expert-report 3.3, "wrong pocket", §4 driver 19); 0 = no behavioural effect.'),
  dataSteeringEffect: a(0.3, 0.1, 0.5, 'share of the gap to fully binding coordination', 'agreements M000-9, M002-4: steering data shortens the coordinator\'s reaction lag; assumption that full data closes 10–50 % of the gap to binding joint planning.'),
  measurementNoiseCut: a(0.4, 0.2, 0.6, 'share of score noise removed', 'expert-report 6.2 lever: measurement error σ_ε 30–50 % of the between-citizen SD, falling over 5–10 years; assumption 20–60 % less noise at full use.'),
  standardTariffMarkupCut: a(0.5, 0.3, 0.7, 'share of markup dispersion and upcoding removed', 'agreements M000-1: a standard tariff model with comparable packages cuts the dispersion of overhead and margin and the information asymmetry behind upcoding by 30–70 %.'),
  transparencyPriceWeight: a(2, 1.5, 3, 'multiplier on the buyer\'s price weight', 'assumption: with standardised, comparable tariffs (expert-report 2.4, M000-1) buyers can compare offers and weigh price 1.5–3 times as much as today.'),
  transitionSupportEffect: a(0.1, 0.05, 0.15, 'relative cut in adult-service entry risk at full support', 'expert-report 3.2 lever: transition support lowers the adult-service entry risk of formerly placed youth by 5–15 %.'),
  preventionFlexibilityEffect: a(0.05, 0.02, 0.08, 'relative cut in later adult inflow at full use', 'assumption: help that follows the child\'s needs without new decisions (expert-report 3.1, I1–I2) lowers later adult need; the report gives no amount, so 2–8 %, below the direct transition support of 3.2.'),
  screeningSeverityCut: a(0.1, 0.05, 0.15, 'relative cut in need severity at entry of a screened child', 'expert-report 3.4 lever: screening reduces severity at entry by 5–15 %.'),
  offerConversionRate: a(0.02, 0, 0.05, 'share of open municipal § 108 offers (not highly specialised) per year', 'assumption: municipalities re-label § 108 offers as botilbud-like housing, which is cheaper for their budget and outside the construction ceiling (expert-report §4 driver 13: botilbud-like places grew fast while § 108 places shrank; agreements §5.2 #5). The notes give no number (the trends D3–D5 are withheld), so 0–5 % a year.'),
} satisfies Record<string, Assumption>;

export type AssumptionKey = keyof typeof ASSUMPTIONS;
export const ASSUMPTION_KEYS = Object.keys(ASSUMPTIONS) as AssumptionKey[];
export type AssumptionValues = Record<AssumptionKey, number>;

/** Draw from a triangular distribution on [low, high] with mode `central`, by inversion of u. */
export function triangular(u: number, { central, low, high }: Assumption): number {
  if (high <= low) return central;
  const f = (central - low) / (high - low);
  return u < f
    ? low + Math.sqrt(u * (high - low) * (central - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - central));
}

export function centralAssumptions(): AssumptionValues {
  const values = {} as AssumptionValues;
  for (const key of ASSUMPTION_KEYS) values[key] = ASSUMPTIONS[key].central;
  return values;
}
