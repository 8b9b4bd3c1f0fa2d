/**
 * Structural parameters of the world under today's rules (the baseline). Each number carries its
 * source: a domain-note id (expert-report …, agreements …), `[D]` arithmetic on those, `BG`
 * general background to verify, or `assumption` (then its range is in assumptions.ts or stated here).
 * Calibrated scalars (fitted by `npm run calibrate`) live in calibrated.json and multiply these.
 */
import { Group, Service, GROUP_COUNT, SERVICE_COUNT } from '../state/codes';

export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2040;
export const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;
export const MONTH_COUNT = YEAR_COUNT * 12;
/** Last year of the calibration period (model.md §Time): history 2018–2022, projection from 2023. */
export const LAST_HISTORY_YEAR = 2022;

export interface GroupParameters {
  /** Recipients at 1 January 2018, national (assumption, scaled by calibrated stockScale of its area). */
  initialStock: number;
  /** New recipients entering from outside the system in 2018, national per year (assumption, scaled by calibrated entryScale). */
  entriesPerYear: number;
  /** Age at entry, uniform in [min, max] years. */
  entryAge: [number, number];
  /** Distribution of need level 1 (light) … 5 (very heavy) at entry. */
  needAtEntry: [number, number, number, number, number];
  /** Trajectory shares: can progress / stable / degenerative (model.md §Citizens). */
  trajectory: [number, number, number];
  /** Yearly hazard that help ends for reasons other than death at need level 3 (scaled by need, see needExitMultiplier). */
  exitPerYear: number;
  /** Yearly mortality. */
  mortalityPerYear: number;
  /** Yearly hazard of a functional improvement step for a citizen who can progress (stable ones get a third). */
  improvePerYear: number;
  /** Yearly hazard of a deterioration step (degenerative citizens get three times this). */
  worsenPerYear: number;
}

function g(
  initialStock: number, entriesPerYear: number, entryAge: [number, number],
  needAtEntry: GroupParameters['needAtEntry'], trajectory: GroupParameters['trajectory'],
  exitPerYear: number, mortalityPerYear: number, improvePerYear: number, worsenPerYear: number,
): GroupParameters {
  return { initialStock, entriesPerYear, entryAge, needAtEntry, trajectory, exitPerYear, mortalityPerYear, improvePerYear, worsenPerYear };
}

/**
 * Per-group parameters. Group sizes are assumptions consistent with expert-report C1–C6 (2022:
 * 79k children and youth, >114k unique adults: 63k vulnerable, 59k with disabilities, with overlap)
 * and I1–I4; calibration scales the levels to C1/C5. Durations and hazards are assumptions (range ±20 %
 * through improveHazardScale/worsenHazardScale and the calibration of entries).
 */
export const GROUPS: GroupParameters[] = (() => {
  const table: GroupParameters[] = new Array(GROUP_COUNT);
  table[Group.childSocial] = g(44000, 15000, [0, 17], [0.32, 0.3, 0.2, 0.12, 0.06], [0.5, 0.4, 0.1], 0.3, 0.001, 0.35, 0.15);
  table[Group.childDisability] = g(7500, 1500, [0, 17], [0.2, 0.3, 0.25, 0.15, 0.1], [0.2, 0.6, 0.2], 0.06, 0.003, 0.15, 0.1);
  table[Group.youthAftercare] = g(6000, 0, [18, 18], [0.3, 0.35, 0.2, 0.1, 0.05], [0.5, 0.4, 0.1], 0.25, 0.002, 0.3, 0.1);
  table[Group.adultCognitive] = g(21000, 600, [18, 30], [0.08, 0.22, 0.3, 0.22, 0.18], [0.15, 0.65, 0.2], 0.012, 0.012, 0.12, 0.08);
  table[Group.adultAutism] = g(8000, 1400, [18, 35], [0.25, 0.3, 0.25, 0.12, 0.08], [0.35, 0.5, 0.15], 0.07, 0.003, 0.2, 0.08);
  table[Group.adultPhysical] = g(8500, 900, [18, 64], [0.3, 0.3, 0.2, 0.12, 0.08], [0.1, 0.5, 0.4], 0.05, 0.02, 0.1, 0.1);
  table[Group.adultBrainInjury] = g(5000, 900, [25, 64], [0.2, 0.3, 0.25, 0.15, 0.1], [0.4, 0.4, 0.2], 0.08, 0.015, 0.25, 0.08);
  table[Group.adultPsychosocial] = g(27000, 7500, [18, 60], [0.3, 0.3, 0.22, 0.12, 0.06], [0.5, 0.35, 0.15], 0.18, 0.01, 0.3, 0.12);
  table[Group.adultHomeless] = g(4500, 3500, [18, 60], [0.2, 0.3, 0.3, 0.15, 0.05], [0.4, 0.4, 0.2], 0.45, 0.02, 0.3, 0.15);
  table[Group.adultSubstance] = g(9000, 5000, [18, 60], [0.25, 0.3, 0.25, 0.13, 0.07], [0.45, 0.4, 0.15], 0.4, 0.015, 0.3, 0.12);
  // Crisis-centre stays are modelled by phases in selfReferral.ts; entries are arrivals at a centre.
  table[Group.adultViolence] = g(550, 2200, [18, 60], [0.3, 0.35, 0.25, 0.07, 0.03], [0.6, 0.35, 0.05], 0, 0.002, 0, 0);
  return table;
})();

/** Multiplier on the exit hazard by need level 1…5: light needs end sooner (assumption). */
export const NEED_EXIT_MULTIPLIER = [2.2, 1.4, 1, 0.55, 0.3] as const;
/** Functional-level points gained or lost in one improvement or deterioration step (F ∈ 0…100; assumption). */
export const FUNCTION_STEP = 8;

/**
 * Yearly price of a unit of service at need level 3 (DKK, 2023 prices): the provider's tariff per
 * place-year for place-based services, the in-house unit cost for the others. Assumptions unless
 * stated; the notes give no tariff levels (expert-report §2K). Calibrated per area by unitCostScale.
 */
export const UNIT_COST: number[] = (() => {
  const c = new Array<number>(SERVICE_COUNT);
  c[Service.childPreventive] = 95_000;
  c[Service.placementFoster] = 420_000;
  c[Service.placementResidential] = 1_250_000;
  c[Service.aftercare] = 150_000;
  c[Service.homeSupport] = 115_000;
  c[Service.botilbudLike] = 520_000; // support only: residents pay their own rent (expert-report §2L)
  c[Service.residential107] = 900_000;
  c[Service.residential108] = 850_000;
  c[Service.bpa] = 1_380_000; // [D] expert-report B22/F1: 2.2 bn / 1,560 persons ≈ 1.41 m
  c[Service.shelter] = 380_000;
  c[Service.crisisCentre] = 900_000; // [D] expert-report §2L: ≈ 2,600 DKK per stay-day ≈ 0.95 m per place-year
  c[Service.substanceTreatment] = 90_000;
  return c;
})();

/** Individual cost factor by need level 1…5 (support intensity; assumption). */
export const NEED_COST_FACTOR = [0.6, 0.8, 1, 1.25, 1.6] as const;
/** Extra cost factor for particularly complex needs and outward-reacting behaviour (assumption, range 1.4–2.0). */
export const COMPLEX_COST_FACTOR = 1.6;

/**
 * Residents of § 108 and botilbud-like places leave at about a third of the rate of others: the place is
 * their home (expert-report §4 driver 14; assumption 0.35, range 0.2–0.5).
 */
export const RESIDENTIAL_EXIT_FACTOR = 0.35;

/**
 * First year of the 2018 stock's escalation history (escalation.escalateHistory). The municipal reform
 * of 2007 gave municipalities full authority over and financing of specialised services (agreements
 * §5.1), the buyer–provider market in which individual prices escalate; a resident's history is counted
 * from then at most. Assumption: 2007 (range 2007–2013, that is 5–11 years of history at most).
 */
export const ESCALATION_HISTORY_FROM_YEAR = 2007;

/** Months a citizen stays in a § 107 temporary place before a review moves them on (assumption, 12–36). */
export const TEMPORARY_STAY_REVIEW_MONTHS = 24;

/**
 * Lines of the adult and children areas that the model does not represent by agents. They are
 * part of the report's totals (expert-report B2–B5, B11, B23) and are carried as aggregates.
 */
export const AGGREGATE_LINES = {
  /** Aids (SEL § 112), bn DKK: 1.9 (2018) → 1.7 (2022), expert-report B23; trend continued. */
  aids: { level2018: 1.9, trendPerYear: -0.027 },
  /** Day, activity and sheltered-work offers (SEL §§ 103–104) per disabled adult recipient, DKK/yr (assumption, 0.05–0.09 m). */
  dayOffersPerDisabledAdult: 70_000,
  /** Personal and practical help, counselling, administration etc. in the adult area, bn DKK (assumption; B11 "other" lines). Grows with population. */
  otherAdults2018: 2.6,
  /** Other children-area lines (disabled children's support, family counselling etc.), bn DKK (assumption). Grows with the population. */
  otherChildren2018: 2.4,
} as const;

/** National population growth per year, 2018–2040 (BG: DST projections ≈ 0.3–0.5 %/yr; assumption 0.4 %). */
export const POPULATION_GROWTH_PER_YEAR = 0.004;
/** Share of inhabitants aged 18–66, national (DST FOLK1A 2021K1: 3,641,710 / 5,840,045, shared/data/README). */
export const ADULT_18_66_SHARE = 0.624;
/** Population year of the municipality file (shared/data: FOLK1A 1 Jan 2020). */
export const POPULATION_BASE_YEAR = 2020;

/** Residential places at end-2022 (expert-report D7/D8), used as calibration targets. */
export const PLACES_2022 = { total: 28_990, botilbudLikeShare: 0.52, residential107Share: 0.28, residential108Share: 0.19 } as const;

/** Ownership of residential places at the start (assumption; regions run ~5 % of offers, agreements M001-4). */
export const INITIAL_OWNER_SHARE = { municipal: 0.58, regional: 0.07, private: 0.17, selfOwned: 0.18 } as const;
/** Mean places per residential offer (assumption: ~1,000 adult residential offers for ~28,000 places, expert-report D1, D7). */
export const MEAN_PLACES_PER_OFFER = 24;
/** Places per children's residential institution (assumption). */
export const MEAN_PLACES_PER_CHILD_INSTITUTION = 10;
/** Places per crisis centre / shelter (assumption). */
export const MEAN_PLACES_PER_SELF_REFERRAL = 12;

/** Supervision (expert-report H1–H8, B24–B26). */
export const SUPERVISION = {
  supervisors: 5, // H1
  visitsPerYear: 1, // H2: at least one visit per offer per year
  meanScore: 4.4, // H4 (used to centre the latent-quality → score map, not as a target)
  complianceRate: 0.76, // H7
  permanentShare: 0.25, // H6
  scoreChasingShare: 0.28, // H5
  /** Tariff-financed supervision fee per offer per year, DKK: [D] B26 119 m / 2,500 offers ≈ 48 k. */
  feePerOffer: 48_000,
  /** Provider-side cost of one visit (staff time, follow-up), DKK: [D] B25 158 m / 1,253 offers ≈ 126 k. */
  providerCostPerVisit: 126_000,
  /** Offers not represented by agents (day offers, treatment, foster-care approvals) that supervisors also cover: [D] D2 ≈ 2,500 minus agent offers (assumption). */
  nonAgentOffers: 900,
} as const;

/** Appeals (expert-report G1–G2). */
export const APPEALS = {
  /** Share of visitation decisions that are appealed and decided on the merits (assumption, fitted loosely to G1's 7,914 in 2023). */
  appealShareOfDecisions: 0.09,
  upheld: 0.614, // G2
  reversed: 0.099, // G2
  sentBack: 0.287, // G2
  /** Cost uplift for the citizen when a decision is reversed (assumption, 5–20 %). */
  reversalCostUplift: 0.1,
} as const;

/** The state's reimbursement scheme for expensive individual cases (agreements M003-4; DKK per year, 2022 level). */
export const REIMBURSEMENT = {
  thresholds: [860_000, 1_680_000, 2_120_000],
  /** From 1 January 2021 (M003-4): 25 % / 50 % / 75 %. */
  ratesFrom2021: [0.25, 0.5, 0.75],
  /** Before 2021: maximum rate 50 % (M003-4 "maximum rate 50 % → 75 %"); assumption that the top tier was 50 %. */
  ratesBefore2021: [0.25, 0.5, 0.5],
  /** State refund of crisis-centre costs (expert-report B20). Shelters (§ 110): same 50 % (BG, verify). */
  selfReferralRefund: 0.5,
} as const;

/**
 * Loan pool for municipal residential capacity as agreed in ØA24, bn DKK by year (agreements 000
 * l.889-895). Not in the baseline (which has the rules before the recommendations); scenarios
 * switch it on through the policy knob `loanPoolBn`, with these amounts as the agreed setting.
 */
export const LOAN_POOL_BN: Record<number, number> = { 2024: 0.2, 2025: 0.6, 2026: 0.7 };

/** National specialisation planning: specialities in force by year (agreements 003: 5 → 10 → 15 → 20 by 2030). */
/** Rollout years are an assumption within the plan's "start with five, new ones yearly until 2030". */
export const SPECIALITIES_IN_FORCE: Record<number, number> = { 2024: 5, 2026: 10, 2028: 15, 2030: 20 };
export const SPECIALITY_COUNT = 20;

/** Reference growth in spending on residential care that triggers a report to the supervisor (agreements 002 l.372-378). */
export const GROWTH_ALERT_THRESHOLD = 0.05;
