/**
 * Policy knobs: the named parameters through which recommendations and instruments act on the
 * mechanisms. Defaults are the rules in force before the committee's recommendations (the
 * baseline). Levers (recommendations and instruments) act by setting these knobs from a start year
 * (scenario `policyChanges`).
 */
import { z } from 'zod';
import { raise } from '../schema/problems';

const share = z.number().min(0).max(1);
const yearKey = z.string().refine((key) => /^20[2-4]\d$/.test(key), raise({ code: 'year_key', first: 2020, last: 2049 }));
const yearlyAmounts = z.record(yearKey, z.number().min(0).max(20));

export const policySchema = z.strictObject({
  // visitation.ts — expert-report 2.1
  economyWeight: share.nullable().default(null).describe('Probability that the cheapest adequate option is chosen; null = the assumption (0.3–0.5 today).'),
  networkSubstitution: share.default(0).describe('Share of home-support hours replaced by network involvement (2.1).'),
  // appeals.ts — expert-report 2.2, 4.1
  rulingRateMultiplier: z.number().min(0).max(3).default(1).describe('Multiplier on the rate of cost-raising principle rulings (2.2).'),
  rulingsRolledBack: z.int().min(0).max(9).default(0).describe('How many cost-raising rulings are neutralised by law (2.2; G9 flags 9): the earliest simulated ones from 2018 on.'),
  appealRateMultiplier: z.number().min(0).max(3).default(1).describe('Multiplier on the share of decisions appealed (2.2, 4.1: appeals −10–30 %).'),
  dutCompensation: z.boolean().default(false).describe('State compensates municipalities for cost-raising rulings (DUT).'),
  // placement.ts — first report rec 8, agreements M000-4, expert-report 2.6
  alternativeOfferLimit: z.number().min(0).max(1).default(0.225).describe('Extra cost of a citizen-chosen alternative offer that is tolerated (20–25 % by case law today, G10).'),
  moveWithoutConsentPerYear: share.default(0.014).describe('Yearly rate of moves of mismatched residents who cannot consent (C10: ≈ 400 / 28,000).'),
  flexiblePlaceShare: share.default(0.07).describe('Share of places approved for both § 107 and § 108 (2.6 lever: 5–10 % today).'),
  longTermExitFlexibility: share.default(0.05).describe('Probability, at each reassessment, that a long-term resident whose needs fell moves to a lighter service (expert-report 2.5: exit flexibility ≈ 0 today; 0.05 assumed).'),
  publicVacancyFirst: share.nullable().default(null).describe('Compliance with "check public vacancies before buying private"; null = assumption.'),
  // pricing.ts — expert-report 2.3, 2.4; first report rec 7
  tariffCapSelfReferral: z.number().min(0).max(1).nullable().default(null).describe('Cap on § 109/§ 110 tariffs as a markup over the national reference cost; null = no cap.'),
  tariffCapComplex: z.number().min(0).max(1).nullable().default(null).describe('Cap on the tariffs of specialised and highly specialised offers (the complex segment) as a markup over the public reference cost; null = no cap.'),
  standardTariffModel: z.boolean().default(false).describe('Standardised, comparable tariffs (agreements M000-1): markup dispersion and information asymmetry fall.'),
  // capacity.ts — expert-report 2.3, 2.5; agreements §5.2, §5.3
  coordinationLevel: share.nullable().default(null).describe('How binding KKR capacity coordination is; null = assumption (non-binding today).'),
  loanPoolBn: yearlyAmounts.default({}).describe('Loan pool for municipal residential places, bn DKK per year (none in the baseline; ØA24 agreed 0.2/0.6/0.7 for 2024–26).'),
  botilbudLikeCeilingExempt: z.boolean().default(true).describe('Botilbud-like housing stays outside the construction ceiling (expert-report 2.5).'),
  ceilingRoomMultiplier: z.number().min(0).max(5).default(1).describe('Multiplier on the room under the construction ceiling for § 107/§ 108 places (expert-report 2.5: loosening it; 1 = today).'),
  // supervision.ts — expert-report 4.2
  visitsPerYear: z.number().min(0.1).max(2).default(1).describe('Supervision visits per offer per year (H2: at least one today); below 1 visits are risk-based, low scorers first (4.2).'),
  binaryScore: z.boolean().default(false).describe('Approved/not approved instead of the 1–5 quality model (4.2).'),
  outcomeMeasurement: share.default(0).describe('Use of standardised quality-of-life and progression measures (expert-report 6.2): observed quality scores get less noisy (0 = today).'),
  // selfReferral.ts — expert-report 2.8
  crisisPostAcuteReduction: share.default(0).describe('Reduction of the post-acute (housing-wait) part of crisis-centre stays (2.8).'),
  // stateFinance.ts — agreements M003-4; expert-report 3.3
  reimbursementRates: z.tuple([share, share, share]).nullable().default(null).describe('Rates of the three tiers; null = the rules in force in each year.'),
  reimbursementThresholds: z
    .tuple([z.number().min(0), z.number().min(0), z.number().min(0)])
    .refine(([t1, t2, t3]) => t1 <= t2 && t2 <= t3, raise({ code: 'thresholds_ascend' }))
    .default([860_000, 1_680_000, 2_120_000])
    .describe('Yearly case cost (DKK) above which the 1st, 2nd and 3rd refund rates apply (M003-4).'),
  // children.ts — expert-report 3.1, 3.2, 3.4
  preventionFlexibility: share.default(0).describe('Share of municipalities using one decision for four preventive measures (3.1); lowers later adult inflow.'),
  transitionSupport: share.default(0).describe('Strength of transition support for young people leaving care (3.2): adult-service entry risk −transitionSupportEffect at 1.'),
  entryScreening: share.default(0).describe('Share of children screened when they enter (3.4): need severity at entry −screeningSeverityCut for them.'),
  // knowledge.ts — expert-report 5.1–5.3, 6.1, 6.2
  recoveryAdoptionBoost: z.number().min(0).max(3).default(0).describe('Relative rise of the innovation rate of recovery-oriented rehabilitation (6.1).'),
  diffusionBoost: z.number().min(0).max(3).default(0).describe('Relative rise of Bass innovation and imitation of effective methods (3.4, 5.1, 5.3).'),
  outcomesFundShare: share.default(0).describe("Share of the state's budget gains an outcomes fund pays municipalities for proven interventions (expert-report 3.3; 0 = no fund)."),
  // coordination.ts — expert-report 5.2, first report rec 11, agreements M000-9
  dataQuality: share.default(0).describe('Comparable individual-level cost and activity data used for capacity steering (expert-report 5.2; 0 = today).'),
  // staffTime.ts — expert-report 2.7, 4.1
  documentationReduction: share.default(0).describe('Relative cut of frontline documentation time (2.7, 4.1).'),
  // specialisation — agreements M003-1
  specialisationPlanning: z.boolean().default(true).describe('National specialisation planning rolled out to 2030 (decided 2021/22).'),
});

export type Policy = z.infer<typeof policySchema>;
export const DEFAULT_POLICY: Policy = policySchema.parse({});
