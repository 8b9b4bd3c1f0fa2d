/**
 * The lever registry: the Expert Committee's 19 final-report recommendations (expert-report §3.A),
 * the 11 first-report recommendations (§3.B) and the instruments of the agreements (agreements
 * §5.3, model.md §Levers), each with its settings, the knobs behind them, its default start year,
 * the assumptions that set its strength, and what the report claims versus what is only assumed.
 *
 * The report gives no effect sizes ("the potentials cannot be estimated", expert-report §1): every
 * number in a setting below is either a figure of the notes (cited) or an assumption taken from the
 * lever suggestion of the notes (expert-report §3.A "Lever [A]"), and the strength of each
 * mechanism is an assumption with a range in parameters/assumptions.ts.
 *
 * Levers combine knob by knob (levers/compile.ts): a first-report recommendation carried into a
 * final-report one (`sharesMechanismWith`) reuses that lever's knobs and gives way to it when both
 * are on.
 */
import type { Policy } from '../parameters/policy';
import { LOAN_POOL_BN } from '../parameters/world';
import type { Bilingual, ClaimedEffect, EffectDirection, Lever, LeverSetting } from './types';

// ── Small builders (keep the entries below readable) ──────────────────────────

function bi(da: string, en: string): Bilingual {
  return { da, en };
}

/** The baseline setting: today's rules, no knob changed. */
function off(description = "Today's rules (the baseline)."): LeverSetting {
  return { id: 'off', label: bi('Fra', 'Off'), description, policy: {} };
}

function setting(id: string, label: Bilingual, description: string, policy: Partial<Policy>): LeverSetting {
  return { id, label, description, policy };
}

const PROPOSED = bi('Som foreslået', 'As proposed');
const STRONG = bi('Stærk', 'Strong');

function claim(direction: EffectDirection, basis: 'R' | 'A', note: string): ClaimedEffect {
  return { direction, basis, note };
}

// ── Loan-pool amounts (bn DKK per year) ───────────────────────────────────────

function yearly(amounts: Record<number, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(amounts).map(([year, bn]) => [String(year), bn]));
}

/** As agreed in ØA24: 0.2 / 0.6 / 0.7 bn DKK in 2024–26 (agreements 000 l.889-895). */
const LOAN_POOL_AGREED = yearly(LOAN_POOL_BN);
/** Renewal asked about in expert-report 2.3: the 2026 amount continued 2027–2030 (assumption). */
const LOAN_POOL_RENEWAL = yearly({ 2027: 0.7, 2028: 0.7, 2029: 0.7, 2030: 0.7 });
const LOAN_POOL_RENEWED = { ...LOAN_POOL_AGREED, ...LOAN_POOL_RENEWAL };
/** Twice the agreed amounts, and renewed at twice the 2026 level (assumption: a "larger" pool). */
const LOAN_POOL_LARGER = yearly(Object.fromEntries(Object.entries(LOAN_POOL_RENEWED).map(([year, bn]) => [year, bn * 2])));

function describePool(pool: Record<string, number>): string {
  return Object.entries(pool).map(([year, bn]) => `${year}: ${bn.toFixed(1)}`).join(', ');
}

// ── Final report, chapter 2: adults and residential care ──────────────────────

const r2_1: Lever = {
  id: 'r2_1',
  group: 'ch2',
  title: bi('Revision af serviceloven', 'Revise the Social Services Act'),
  summary: bi('Økonomi som sagligt hensyn blandt fagligt forsvarlige tilbud; borgerens netværk inddrages', 'Economy as a legitimate consideration among adequate options; the citizen\'s network involved'),
  sources: ['2.1', 'B5', 'C6', 'A1'],
  proposal:
    'Rewrite the Social Services Act so that, among professionally adequate options, the municipality may choose the cheapest, without economy ever overriding the assessment of need. Decisions should involve the citizen\'s network and aim at progression or at slowing deterioration. Economy is "very rarely" cited as a reason today.',
  mechanisms: ['visitation', 'placement', 'pricing', 'appeals'],
  knobs: ['economyWeight', 'networkSubstitution', 'appealRateMultiplier'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'The cheapest adequate option is chosen in 60 % of decisions (today 30–50 %), the network replaces 5 % of home-support hours, 10 % fewer appeals (2.1 lever: 0.6–0.9; 0–10 %; −0–20 %).', {
      economyWeight: 0.6, networkSubstitution: 0.05, appealRateMultiplier: 0.9,
    }),
    setting('strong', STRONG, 'The cheapest adequate option in 85 % of decisions, network replaces 10 % of home-support hours, 20 % fewer appeals (upper end of the 2.1 lever).', {
      economyWeight: 0.85, networkSubstitution: 0.1, appealRateMultiplier: 0.8,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'economyWeight', reasoning: "Today's share of decisions that pick the cheapest adequate option (0.3–0.5): the lever's gain is the distance from it to the setting." },
    { key: 'serviceLevelSpread', reasoning: 'How far local service levels differ: the room a revised act gives municipalities.' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.1: affects all future decisions and leads to fewer cost-raising rulings (lines 967–989); long term. No amount is given.'),
    quality: claim('higher', 'R', '2.1: a holistic view and a focus on progression potential. The model carries only the economy and network parts: the cheapest option is by definition adequate, so quality moves only through fewer appeals and the place mix.'),
  },
};

const r2_2: Lever = {
  id: 'r2_2',
  group: 'ch2',
  title: bi('Tydeliggørelse af rækkevidden for de enkelte reglers anvendelse', 'Clarify the scope of individual rules'),
  summary: bi('Lovændring af 9 principafgørelser; klarere grænser; ministeriet i Dialogforum', 'Neutralise 9 principle rulings by law; clearer limits; the ministry in Dialogforum'),
  sources: ['2.2', 'G9', 'G10', 'G1', 'G2'],
  proposal:
    'Write clearer limits into new laws, review the 9 principle rulings of the appeals board flagged in Appendix D and amend the law to neutralise cost-driving widenings. The ministry joins Dialogforum, which may comment before a ruling is published; the appeals board stays independent. Compensating municipalities for the rulings (DUT) instead is outside the committee\'s mandate.',
  mechanisms: ['appeals', 'stateFinance', 'staffTime'],
  knobs: ['rulingsRolledBack', 'rulingRateMultiplier', 'appealRateMultiplier', 'dutCompensation'],
  settings: [
    off('Today: cost-raising rulings arrive at about 0.9 a year (G9) and stay in force.'),
    setting('proposed', PROPOSED, 'The law neutralises the 9 flagged rulings (G9; in the model the earliest rulings simulated since 2018), clearer limits and Dialogforum halve the rate of new ones (2.2 lever: λ × 0.3–0.7), 15 % fewer appeals (−10–30 %).', {
      rulingsRolledBack: 9, rulingRateMultiplier: 0.5, appealRateMultiplier: 0.85,
    }),
    setting('dialogue_only', bi('Kun Dialogforum', 'Dialogforum only'), 'No rollback: clearer new laws and the ministry in Dialogforum cut the rate of new cost-raising rulings by 30 % (λ × 0.7).', {
      rulingRateMultiplier: 0.7,
    }),
    setting('strong', STRONG, 'Rollback of the 9 rulings, new cost-raising rulings at 30 % of today\'s rate, 30 % fewer appeals (upper end of the 2.2 lever).', {
      rulingsRolledBack: 9, rulingRateMultiplier: 0.3, appealRateMultiplier: 0.7,
    }),
    setting('dut_instead', bi('DUT-kompensation i stedet', 'DUT compensation instead'), 'Not proposed (outside the mandate), for comparison: the rulings stay and the state compensates municipalities for their cost.', {
      dutCompensation: true,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'rulingsPerYear', reasoning: 'Rate of cost-raising principle rulings today (λ ≈ 0.9 a year, 0.6–1.2): what a lower rate and a rollback avoid.' },
    { key: 'rulingReachMax', reasoning: 'Share of a group each ruling reaches (up to 5–15 %).' },
    { key: 'rulingUpliftMax', reasoning: 'Cost uplift of one ruling for those it reaches (up to 15–25 %, G10).' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.2, G9: a rollback avoids "significant permanent costs, potentially several billion" (lines 975–977).'),
    quality: claim('higher', 'R', '2.2: less conflict and legal uncertainty, fewer appeals (lines 1815–1825). In the model rulings raise the cost of help, not its effect on functioning, so quality moves only through fewer appeals (more time for the core task).'),
  },
};

const r2_3: Lever = {
  id: 'r2_3',
  group: 'ch2',
  title: bi(
    'Nye rammer for kapacitetsstyring og etablering af botilbudspladser til borgere med særligt komplekse behov',
    'Capacity management and public places for citizens with particularly complex needs',
  ),
  summary: bi('Koordineret, mere bindende kapacitetsplanlægning; evt. takstloft og fornyet lånepulje', 'Coordinated, more binding capacity planning; possibly a tariff cap and a renewed loan pool'),
  sources: ['2.3', 'B6', 'B16', 'B17', 'C7', 'C9', 'M002-3', 'M003-3'],
  proposal:
    'Secure enough public places for citizens with particularly complex needs and outward-reacting behaviour, planned jointly through the framework agreements and the KKR with the national coordination, possibly in a more binding form; own places act as a price anchor. The committee asks to examine a tariff cap for this group and to consider renewing the 2024 loan pool. The aim is "price = the lowest possible cost for the required quality".',
  mechanisms: ['coordination', 'capacity', 'pricing', 'market'],
  knobs: ['coordinationLevel', 'tariffCapComplex', 'loanPoolBn'],
  settings: [
    off('Today: non-binding framework agreements; coordination drawn from 0.1–0.4.'),
    setting('proposed', PROPOSED, 'Joint capacity planning for the complex group at coordination level 0.6 (today ≈ 0.25; 2.3 lever: 0 = free-riding, 1 = the KKR builds the full need).', {
      coordinationLevel: 0.6,
    }),
    setting('with_cap_and_pool', bi('Med takstloft og lånepulje', 'With tariff cap and loan pool'), `As proposed, plus a cap on complex-segment tariffs at the public reference cost + 10 % (2.3 lever: + 0–20 %) and the loan pool renewed (bn DKK: ${describePool(LOAN_POOL_RENEWAL)}).`, {
      coordinationLevel: 0.6, tariffCapComplex: 0.1, loanPoolBn: LOAN_POOL_RENEWAL,
    }),
    setting('strong', STRONG, `Near-binding planning (coordination 0.9), a cap at reference + 5 %, and the renewed loan pool (bn DKK: ${describePool(LOAN_POOL_RENEWAL)}).`, {
      coordinationLevel: 0.9, tariffCapComplex: 0.05, loanPoolBn: LOAN_POOL_RENEWAL,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'coordinationLevel', reasoning: 'How binding coordination is today (0.1–0.4): the proposed level is compared with it.' },
    { key: 'complexMarkupMax', reasoning: 'The markup private providers reach in thin complex markets (20–60 %): what more public places and a cap remove.' },
    { key: 'buildPropensity', reasoning: 'How readily a municipality builds when it pays (0.3–0.8).' },
    { key: 'capexPerPlace', reasoning: 'Construction cost per place (1.5–3 m DKK): how far a loan pool goes.' },
    { key: 'loanPoolBuildBoost', reasoning: 'Extra build probability with a loan-pool allocation (0.1–0.5).' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.3: better supply gives price control; today\'s market "cannot be expected to work" for this group (lines 2785–2791). Medium to long term; a cap could act sooner.'),
    quality: claim('higher', 'R', '2.3: better quality of life for the complex group and safety for co-residents and staff (lines 2607–2827).'),
  },
};

const r2_4: Lever = {
  id: 'r2_4',
  group: 'ch2',
  title: bi('Udvikling af nyt takstsystem for socialområdet', 'A new tariff system'),
  summary: bi('Standardiserede, sammenlignelige takster med plads til lofter', 'Standardised, comparable tariffs with room for caps'),
  sources: ['2.4', 'M000-1', 'D12', 'B6'],
  proposal:
    'Replace today\'s cost-based, "guiding", negotiated tariffs with a standardised system: a transparent link between price and service, comparable offers, adjustment for complexity, room for caps and central guiding levels, and incentives for progression. Municipal own operations serve as a price reference and data is held nationally; the smallest, most complex groups get separate regulation.',
  mechanisms: ['pricing', 'escalation'],
  knobs: ['standardTariffModel', 'tariffCapComplex'],
  settings: [
    off('Today: cost-based, negotiated, opaque tariffs.'),
    setting('proposed', PROPOSED, 'A standard tariff model: private providers\' scarcity markup halves (agreements M000-1 proposal: dispersion −30–70 %) and upcoding of complex cases halves.', {
      standardTariffModel: true,
    }),
    setting('with_cap', bi('Med loft', 'With a cap'), 'The standard model plus a cap on complex-segment tariffs at the public reference cost + 10 % (2.4: "room for caps").', {
      standardTariffModel: true, tariffCapComplex: 0.1,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'standardTariffMarkupCut', reasoning: 'Share of markup dispersion and upcoding that comparable standard tariffs remove (M000-1: 30–70 %).' },
    { key: 'transparencyPriceWeight', reasoning: 'How much more buyers weigh price once tariffs are comparable (1.5–3 times, assumption).' },
    { key: 'generalMarkupMax', reasoning: 'The scarcity markup in the general segment (3–20 %), halved by comparable tariffs (M000-1 proposal: dispersion −30–70 %; the model uses 50 %).' },
    { key: 'privateUpcodingPerYear', reasoning: 'How often private providers raise the price of complex residents (0.05–0.3 a year); standardised packages halve it.' },
    { key: 'complexMarkupMax', reasoning: 'The markup that opacity allows in thin markets (20–60 %).' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.4: reasonable pricing and competition on price and effect; the design is not specified (lines 644–647).'),
    quality: claim('higher', 'R', '2.4: incentives for progression and against degression. The model has no progression bonus in tariffs: quality moves only through the mix of offers bought.'),
  },
};

const r2_5: Lever = {
  id: 'r2_5',
  group: 'ch2',
  title: bi('Hensigtsmæssig udvikling af botilbudskapaciteten', 'Appropriate development of residential capacity'),
  summary: bi('Lige vilkår for § 107/§ 108 og botilbudslignende tilbud under anlægsloftet', 'Level the construction ceiling between § 107/§ 108 places and botilbud-like housing'),
  sources: ['2.5', 'C8', 'D1', 'D3', 'D8', 'B6'],
  proposal:
    'Study botilbud-like offers in public housing against § 107/§ 108 places (what drives establishment, long-run costs, temporary botilbud-like offers, flexible exit) and guide municipalities now on flexible use. The root cause is that botilbud-like housing is outside the construction ceiling and SEL places are inside it, which favours long-term tenancies even for temporary needs. The committee warns that loosening the ceiling may push public spending up.',
  mechanisms: ['capacity', 'conversion', 'placement', 'visitation'],
  knobs: ['ceilingRoomMultiplier', 'botilbudLikeCeilingExempt', 'longTermExitFlexibility'],
  settings: [
    off('Today: § 107/§ 108 places count against the construction ceiling, botilbud-like housing does not.'),
    setting('proposed', bi('Lige vilkår under loftet', 'Level the ceiling'), 'Botilbud-like housing counts against the construction ceiling like § 107/§ 108 places (removes the asymmetry, expert-report §4 driver 13), with 50 % more ceiling room for residential places so that the total room is not cut (assumption), and flexible exit: a long-term resident whose needs fell moves to lighter help at 15 % of reassessments instead of 5 % (2.5 lever: 0.1–0.3).', {
      botilbudLikeCeilingExempt: false, ceilingRoomMultiplier: 1.5, longTermExitFlexibility: 0.15,
    }),
    setting('equal_footing', bi('Kun botilbudslignende under loftet', 'Botilbud-like under the ceiling only'), 'Botilbud-like housing counts against the construction ceiling, with no extra room.', {
      botilbudLikeCeilingExempt: false,
    }),
    setting('loosen_ceiling', bi('Løsn loftet for § 107/§ 108', 'Loosen the ceiling for § 107/§ 108'), 'Room under the construction ceiling for § 107/§ 108 places + 50 % (assumption). In the model this alone changes nothing: municipalities choose botilbud-like housing because it is cheaper for their budget, not because the ceiling binds.', {
      ceilingRoomMultiplier: 1.5,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'ceilingRoomPerInhabitant', reasoning: 'How much ceiling room a municipality gives residential places today (60–250 DKK per inhabitant a year).' },
    { key: 'botilbudLikeBudgetShare', reasoning: 'The part of a botilbud-like place\'s capex on the municipal budget (10–25 %): why it is the cheaper choice.' },
    { key: 'mismatchCostUplift', reasoning: 'Extra cost of a temporary need in a long-term place (0–30 %).' },
    { key: 'offerConversionRate', reasoning: 'How many municipal § 108 offers are re-labelled as botilbud-like housing each year while it is outside the ceiling (0–5 %): what levelling the ceiling stops.' },
  ],
  claims: {
    spending: claim('mixed', 'R', '2.5: better use of capacity in the short term and a balanced mix in the long term, but loosening the ceiling may push public spending up (lines 3128–3148).'),
    quality: claim('higher', 'R', '2.5: fewer temporary needs in long-term tenancies, so better matches (lines 3064–3073).'),
  },
  modelNote:
    'Opposite sign in the model (tested): levelling the ceiling makes municipalities build fewer places, because a § 107/§ 108 place still carries its full construction cost on the municipal budget while a botilbud-like place carries only base capital; the gap is filled by waiting and by dearer places elsewhere, and spending rises. The report expects municipalities to build temporary places instead, which would need the financing of § 107/§ 108 places to change too (not a knob).',
};

const r2_6: Lever = {
  id: 'r2_6',
  group: 'ch2',
  title: bi('Bedre understøttelse af match mellem borger og botilbud', 'Better citizen–facility match'),
  summary: bi('Flere fleksible pladser; flytning uden samtykke for flere under værgemål', 'More flexible places; moves without consent for more citizens under guardianship'),
  sources: ['2.6', 'C10', 'C11', 'B13'],
  proposal:
    'Make more places flexible (usable for both § 107 and § 108), give a legal basis for targeted botilbud, and widen moves without consent to everyone under guardianship. Guide the Family Court on § 129 and map the barriers to intensive home support.',
  mechanisms: ['placement', 'escalation'],
  knobs: ['flexiblePlaceShare', 'moveWithoutConsentPerYear'],
  settings: [
    off('Today: 5–10 % flexible places; moves without consent ≈ 400 a year for 28,000 residents (C10).'),
    setting('proposed', PROPOSED, '30 % flexible places (today ≈ 7 %; 2.6 lever 20–50 %) and twice the rate of moves without consent of mismatched residents (1.4 % → 2.8 % a year; lever + 50–200 %).', {
      flexiblePlaceShare: 0.3, moveWithoutConsentPerYear: 0.028,
    }),
    setting('strong', STRONG, '50 % flexible places and three times the rate of moves without consent (4.2 % a year).', {
      flexiblePlaceShare: 0.5, moveWithoutConsentPerYear: 0.042,
    }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'mismatchCostUplift', reasoning: 'What a mismatch costs (0–30 % of the tariff): what a better match saves.' },
    { key: 'mismatchProgressionPenalty', reasoning: 'Progression lost in a mismatched place (15–50 %).' },
    { key: 'mismatchEscalationPerYear', reasoning: 'Yearly risk that a mismatched resident escalates to a costlier case (0.05–0.25).' },
  ],
  claims: {
    spending: claim('mixed', 'R', '2.6: better match and use of capacity (lines 3186–3190), but in the free-municipality trial the cost per moved citizen rose slightly (C11).'),
    quality: claim('higher', 'R', '2.6: better match between citizen and place.'),
  },
};

const r2_7: Lever = {
  id: 'r2_7',
  group: 'ch2',
  title: bi('Revision af magtanvendelsesreglerne', 'Revise the use-of-force rules'),
  summary: bi('Velfærdsteknologi, låste døre, lettere dokumentation', 'Welfare technology, locked doors, lighter documentation'),
  sources: ['2.7', 'J7', 'M000-3', 'H8'],
  proposal:
    'Revise the use-of-force rules on five themes: welfare technology instead of constant staff presence, locking away dangerous objects, locking doors to outdoor areas, moves without consent, and lighter documentation (for example repeated use of a restraint belt logged to the minute). A bill was in consultation in February 2024.',
  mechanisms: ['staffTime'],
  knobs: ['documentationReduction'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Documentation and use-of-force logging take 10 % less frontline time (2.7 lever: −0.5 to −3 percentage points of a documentation share of 12–25 %).', {
      documentationReduction: 0.1,
    }),
    setting('strong', STRONG, 'Documentation time −17 % (≈ −3 percentage points of an 18 % share).', { documentationReduction: 0.17 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'documentationShare', reasoning: 'Share of frontline time spent on documentation today (12–25 %): the base of the reduction.' },
    { key: 'coreTaskQualityElasticity', reasoning: 'How much progression rises with time for the core task (0.2–0.8).' },
  ],
  claims: {
    spending: claim('unclear', 'R', '2.7: "economically appropriate" (lines 3541–3547), no amount. In the model the freed time goes to care; spending falls only as far as citizens progress.'),
    quality: claim('higher', 'R', '2.7: more care, safety and privacy; frees staff time (lines 3441–3447).'),
  },
};

const r2_8: Lever = {
  id: 'r2_8',
  group: 'ch2',
  title: bi('Bedre styring på krisecenterområdet', 'Better management of women\'s crisis centres'),
  summary: bi('Hurtigere, sikker udslusning efter opholdet', 'A safe, sometimes faster move to an independent life after the stay'),
  sources: ['2.8', 'B18', 'B19', 'B20', 'E1', 'E2', 'E4'],
  proposal:
    'Investigate how to support a safe and sometimes faster move to an independent life after a stay at a women\'s crisis centre, for example help with housing. Self-referral stays: the centre\'s leader admits and discharges, the municipality pays with a 50 % state refund. Linked to the first report\'s tariff cap on self-referral services (d1_7).',
  mechanisms: ['selfReferral'],
  knobs: ['crisisPostAcuteReduction'],
  settings: [
    off('Today: 87 days on average (E2); almost a fifth of stays over 6 months (E4).'),
    setting('proposed', PROPOSED, 'The post-acute part of stays (waiting for housing or exit support) 20 % shorter (2.8 lever: −0–40 %).', { crisisPostAcuteReduction: 0.2 }),
    setting('strong', STRONG, 'The post-acute part 40 % shorter.', { crisisPostAcuteReduction: 0.4 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'crisisAcuteMonths', reasoning: 'Length of the acute phase (0.8–1.6 months), which the lever does not shorten.' },
    { key: 'crisisHousingWaitShare', reasoning: 'Share of women who wait for housing before leaving (35–55 %): whose stays shorten.' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.8: fewer unnecessarily long stays (lines 3549–3650); medium term, after a study.'),
    quality: claim('higher', 'R', '2.8: a quicker, safe return to an independent life and normal schooling for the children. The model does not represent the risk of rushed exits (2.8 lever: re-victimisation + 0–5 %).'),
  },
};

// ── Final report, chapter 3: prevention and youth ─────────────────────────────

const r3_1: Lever = {
  id: 'r3_1',
  group: 'ch3',
  title: bi('Øget fleksibilitet for tilpasning af forebyggende indsatser efter barnets lov', 'Flexible preventive measures for children'),
  summary: bi('Én afgørelse dækker fire forebyggende indsatser', 'One decision covers four preventive measures'),
  sources: ['3.1', 'I1', 'I2'],
  proposal:
    'Let one decision cover four preventive measures under the Children\'s Act § 32 (home support, contact person, family treatment, other help), so that switching between them needs no new decision or hearing. It is consent-based and optional for municipalities, and builds on the Ikast-Brande trials.',
  mechanisms: ['children'],
  knobs: ['preventionFlexibility'],
  settings: [
    off(),
    setting('proposed', PROPOSED, '60 % of municipalities use the flexible decision (assumption; it is optional).', { preventionFlexibility: 0.6 }),
    setting('strong', STRONG, 'Every municipality uses it.', { preventionFlexibility: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'childToAdultTransition', reasoning: 'Share of placed or aftercare youth who later need adult services (0.2–0.4): the flow that earlier help shrinks.' },
    { key: 'preventionFlexibilityEffect', reasoning: 'How much later adult inflow falls at full use (2–8 %, assumption: the report gives no amount).' },
  ],
  claims: {
    spending: claim('lower', 'R', '3.1: shorter, better case courses and less administration (lines 3763–3838); no amount.'),
    quality: claim('higher', 'R', '3.1: shorter waits and help that follows the child\'s needs.'),
  },
  modelNote:
    'The model represents only the later effect (fewer adult entries), not shorter waits or better courses for children; its quality indicators are means over recipients and can fall slightly as those kept out of adult services would have progressed (see r3_2).',
};

const r3_2: Lever = {
  id: 'r3_2',
  group: 'ch3',
  title: bi('Større fokus på understøttelse af overgangen til voksenlivet for udsatte unge', 'Support the transition to adulthood for vulnerable youth'),
  summary: bi('Bolig, uddannelse og netværk i ungestøtten', 'Housing, education and networks in youth support'),
  sources: ['3.2', 'I3', 'I4', 'I5'],
  proposal:
    'Widen youth support under the Children\'s Act § 114 with housing (a place on the public-housing waiting list from age 15, Housing First), links to education and jobs, and networks such as leisure support. It should use existing money better, with no extra funding.',
  mechanisms: ['children'],
  knobs: ['transitionSupport'],
  settings: [
    off('Today: about half of eligible young people receive aftercare (I3–I4).'),
    setting('proposed', PROPOSED, 'Transition support at half strength: adult-service entry risk of formerly placed youth −5 % at the central assumption (3.2 lever: −5–15 % at full support).', { transitionSupport: 0.5 }),
    setting('strong', STRONG, 'Full transition support: entry risk −10 % at the central assumption (5–15 %).', { transitionSupport: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'childToAdultTransition', reasoning: 'Share of formerly placed youth who later need adult social services (0.2–0.4): the flow the lever shrinks.' },
    { key: 'aftercareTakeUp', reasoning: 'Share of eligible youth in aftercare (0.4–0.6, I4).' },
    { key: 'transitionSupportEffect', reasoning: 'Cut in the adult-service entry risk at full support (5–15 %, 3.2 lever).' },
  ],
  claims: {
    spending: claim('lower', 'A', '3.2 asks for no extra funding; fewer later entries into adult services is this model\'s assumption (3.2 lever: −5–15 %).'),
    quality: claim('higher', 'R', '3.2: better transitions; without them higher risk of unemployment, addiction, crime and homelessness (lines 3946–3950).'),
  },
  modelNote:
    'The model\'s quality indicators (progression share, mean quality of life) are means over recipients: keeping young people out of adult services removes people whose help would have improved their functioning, so these means fall slightly although no one is worse off. The model has no outcome measure for young people who leave the system (expert-report §5 "youth outcomes").',
};

const r3_3: Lever = {
  id: 'r3_3',
  group: 'ch3',
  title: bi('Etablering af en statslig resultatbetalingsfond', 'A state outcomes fund (trial)'),
  summary: bi('Staten betaler kommunen sin gevinst, når aftalte resultater nås', 'The state pays municipalities its gains when agreed outcomes are reached'),
  sources: ['3.3', 'J3', 'M003-6'],
  proposal:
    'Set up a state outcomes fund that pays municipalities the state\'s budget gains when predefined outcomes are reached, for example young people out of homelessness, fixing the "wrong pocket" problem. Start with well-tested interventions, evaluate, and keep the trial expenditure-neutral.',
  mechanisms: ['knowledge'],
  knobs: ['outcomesFundShare'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'The fund passes half the state\'s gains on (3.3 lever: share s 0–1): proven methods spread faster.', { outcomesFundShare: 0.5 }),
    setting('strong', STRONG, 'All the state\'s gains passed on.', { outcomesFundShare: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'outcomesFundInnovationEffect', reasoning: 'How much faster municipalities adopt proven methods when the fund pays (0–1 relative rise at full pass-through).' },
    { key: 'recoveryMethodEffect', reasoning: 'What an adopted method does for progression (+10–30 %).' },
  ],
  claims: {
    spending: claim('none', 'R', '3.3: the trial must be expenditure-neutral (lines 4201–4366). The payments themselves are transfers between state and municipalities and are not booked in the model.'),
    quality: claim('higher', 'R', '3.3: fixes the "wrong pocket" problem that holds back prevention (expert-report §4 driver 19).'),
  },
};

const r3_4: Lever = {
  id: 'r3_4',
  group: 'ch3',
  title: bi('Opbygning og udbredelse af viden om forebyggende indsatser', 'Build and spread knowledge on prevention'),
  summary: bi('Praksisnær evidens og udbredelse af kendte metoder', 'Practice-near evidence and spreading known methods'),
  sources: ['3.4'],
  proposal:
    'Build long-term, practice-near evidence on prevention through the research strategy and spread existing knowledge now through social.dk and the national programmes (screening, Cool Kids, KLAPjob).',
  mechanisms: ['knowledge', 'children', 'demography'],
  knobs: ['diffusionBoost', 'entryScreening'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Effective methods spread 25 % faster (Bass p and q × 1.25; 3.4 lever: evidence-based share + 1–3 percentage points a year), and half of children entering are screened (need severity at entry −10 % for them at the central assumption).', { diffusionBoost: 0.25, entryScreening: 0.5 }),
    setting('strong', STRONG, 'Methods spread 50 % faster and every child entering is screened.', { diffusionBoost: 0.5, entryScreening: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'methodInnovation', reasoning: 'Bass innovation p (0.01–0.03 a year).' },
    { key: 'methodImitation', reasoning: 'Bass imitation q (0.1–0.4 a year).' },
    { key: 'recoveryMethodEffect', reasoning: 'What an adopted method does for progression (+10–30 %).' },
    { key: 'screeningSeverityCut', reasoning: 'Cut in need severity at entry of a screened child (5–15 %, 3.4 lever).' },
  ],
  claims: {
    spending: claim('unclear', 'A', '3.4 gives no expenditure effect; long term.'),
    quality: claim('higher', 'R', '3.4: more effective preventive help (lines 4367–4481).'),
  },
  modelNote:
    'The model has one stock of method adoption per municipality, which acts on adult progression; knowledge about children\'s prevention spreads through it. Screening lowers the need severity of children at entry (3.4 lever: 5–15 %); the 2–10-year lag of the lever is left to the start year.',
};

// ── Final report, chapter 4: simpler rules and supervision ────────────────────

const r4_1: Lever = {
  id: 'r4_1',
  group: 'ch4',
  title: bi('Regelforenklinger i sagsbehandlingen og mere tid til kerneopgaven', 'Simpler casework rules (BPA, lost earnings) and more time for the core task'),
  summary: bi('Enklere regler for BPA og tabt arbejdsfortjeneste; positivliste for hjælpemidler', 'Simpler rules for BPA and lost-earnings allowance; a positive list of aids'),
  sources: ['4.1', 'B21', 'B22', 'B23', 'F1', 'F2', 'G6', 'G7', 'G8'],
  proposal:
    'Simplify the rules, procedures and criteria for citizen-controlled personal assistance (BPA) and the lost-earnings allowance (TAF), and explore a "positive list" of aids handed out without visitation. Today these areas carry heavy administration and many appeals.',
  mechanisms: ['appeals', 'staffTime'],
  knobs: ['appealRateMultiplier', 'documentationReduction'],
  settings: [
    off(),
    setting('proposed', PROPOSED, '20 % fewer appeals (4.1 lever: −10–30 %) and 5 % less documentation time.', { appealRateMultiplier: 0.8, documentationReduction: 0.05 }),
    setting('strong', STRONG, '30 % fewer appeals and 10 % less documentation time.', { appealRateMultiplier: 0.7, documentationReduction: 0.1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'documentationShare', reasoning: 'Frontline documentation share (12–25 %), the base of the reduction.' },
    { key: 'coreTaskQualityElasticity', reasoning: 'How much progression rises with time for the core task (0.2–0.8).' },
  ],
  claims: {
    spending: claim('lower', 'R', '4.1: less administration; dampening growth is "predominantly long-term" (lines 1040–1046).'),
    quality: claim('higher', 'R', '4.1: less administration, more trust and less conflict. BPA and TAF are partly aggregates in the model: the lever acts through appeals and frontline time only.'),
  },
};

const r4_2: Lever = {
  id: 'r4_2',
  group: 'ch4',
  title: bi('Forenkling af tilsyn gennem ny model for socialtilsynets tilsyn med sociale tilbud', 'A new, simpler supervision model'),
  summary: bi('Godkendt/ikke godkendt i stedet for 1–5; risikobaserede besøg', 'Approved / not approved instead of 1–5; risk-based visits'),
  sources: ['4.2', 'H1', 'H2', 'H4', 'H5', 'H6', 'H7', 'B24', 'B25', 'B26', 'M000-5'],
  proposal:
    'Replace the 1–5 quality model with a binary approved / not approved score, visit offers by risk instead of at least once a year, give recommendations orally and sanctions in writing, and cut tariff-financed supervision costs "significantly". Strengthen the whistleblower scheme and Tilbudsportalen. The committee names the risk that poor offers are found too late.',
  mechanisms: ['supervision', 'staffTime', 'pricing'],
  knobs: ['binaryScore', 'visitsPerYear'],
  settings: [
    off('Today: the 1–5 quality model (average 4.4, H4) and at least one visit a year (H2).'),
    setting('proposed', PROPOSED, 'Binary score and risk-based visits at 0.5 a year on average (4.2 lever: 0.3–0.6), low scorers first; no score chasing (H5) and no written recommendations.', {
      binaryScore: true, visitsPerYear: 0.5,
    }),
    setting('binary_only', bi('Kun binær score', 'Binary score only'), 'Binary score, visits stay at one a year.', { binaryScore: true }),
    setting('strong', STRONG, 'Binary score and 0.3 visits a year on average.', { binaryScore: true, visitsPerYear: 0.3 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'binarySupervisionSaving', reasoning: 'Share of supervision fees and visit costs a simpler model saves (15–50 %).' },
    { key: 'scoreChasingDrift', reasoning: 'Yearly cost drift of the 28 % of offers that chase the score (0.5–2 %), which a binary score ends.' },
    { key: 'recommendationCostShare', reasoning: 'Cost of implementing recommendations (1–4 % of a year\'s cost, a quarter permanent, H6).' },
  ],
  claims: {
    spending: claim('lower', 'R', '4.2: lower direct and derived costs, less "over-implementation" (lines 5177–5195; base B24–B26); short term.'),
    quality: claim('mixed', 'R', '4.2: more local room and more time with citizens, but poor offers may be found too late (lines 5177–5195). Sanctions and closures for poor quality are not modelled yet.'),
  },
};

// ── Final report, chapter 5: research, data, knowledge ────────────────────────

const r5_1: Lever = {
  id: 'r5_1',
  group: 'ch5',
  title: bi('En ny og sammenhængende forskningsstrategi på socialområdet', 'A research strategy for the social area'),
  summary: bi('Fireårig forskningspulje og 5–10 ph.d.-stipendier', 'A four-year research pool and 5–10 PhD scholarships'),
  sources: ['5.1', 'J4', 'J5'],
  proposal:
    'Map research on the adult area and set up a four-year practice-near research pool with 5–10 PhD scholarships. The committee says this is not expenditure-neutral: a temporary extra cost, amount not given.',
  mechanisms: ['knowledge'],
  knobs: ['diffusionBoost'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'From the default start (2030, when the first results arrive: 5.1 lever "effects after 5–10 years") effective methods spread 25 % faster.', { diffusionBoost: 0.25 }),
    setting('strong', STRONG, 'Methods spread 50 % faster once results arrive.', { diffusionBoost: 0.5 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2030,
  strengthAssumptions: [
    { key: 'methodInnovation', reasoning: 'Bass innovation p (0.01–0.03 a year).' },
    { key: 'recoveryMethodEffect', reasoning: 'What an adopted method does for progression (+10–30 %).' },
  ],
  claims: {
    spending: claim('higher', 'R', '5.1: not expenditure-neutral, a temporary extra cost (lines 5551–5558); amount not given (analogue J5: 200 m DKK over 4 years).'),
    quality: claim('higher', 'R', '5.1: more and better evidence on what works.'),
  },
  modelNote:
    'The pool\'s own cost (assumption 25–60 m DKK a year for 4 years) is research funding outside the area\'s operating expenditure and is not booked, so the model shows only the later knowledge effect and not the report\'s temporary extra cost.',
};

const r5_2: Lever = {
  id: 'r5_2',
  group: 'ch5',
  title: bi('Ny data- og digitaliseringsstrategi på socialområdet for 2025-2030', 'A data and digitalisation strategy 2025–2030'),
  summary: bi('Sammenlignelige data om udgifter og aktivitet på individniveau', 'Comparable individual-level cost and activity data'),
  sources: ['5.2', 'M000-9', 'M002-4', 'J8'],
  proposal:
    'Build comparable, individual-level data on cost and activity, share data and communicate digitally. The strategy itself is neutral, but implementing it needs funding. Better data is what makes the new tariff system and capacity steering work.',
  mechanisms: ['coordination'],
  knobs: ['dataQuality'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Half of the strategy in place: the KKR sees shortfalls sooner and closes 5–25 % of the gap to binding joint planning (assumption dataSteeringEffect 0.1–0.5 × 0.5).', { dataQuality: 0.5 }),
    setting('strong', STRONG, 'The full strategy: 10–50 % of the gap closed.', { dataQuality: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'dataSteeringEffect', reasoning: 'Share of the gap to binding planning that full steering data closes (0.1–0.5).' },
    { key: 'coordinationLevel', reasoning: 'Coordination today (0.1–0.4): the gap data can close.' },
  ],
  claims: {
    spending: claim('unclear', 'R', '5.2: the strategy is neutral, but implementation needs funding (lines 5607–5690).'),
    quality: claim('higher', 'A', 'Better-timed capacity for complex needs means fewer mismatches (assumption).'),
  },
};

const r5_3: Lever = {
  id: 'r5_3',
  group: 'ch5',
  title: bi('Styrket formidling og anvendelse af viden i praksis på socialområdet', 'Dissemination and use of knowledge in practice'),
  summary: bi('Forskningsoversigter, "oversættelse" og kompetenceløft', 'Research overviews, "translation" and upskilling'),
  sources: ['5.3'],
  proposal:
    'Publish research overviews, "translate" research into practice and upskill staff through seminars and knowledge brokers, funded by reprioritisation.',
  mechanisms: ['knowledge'],
  knobs: ['diffusionBoost'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Bass innovation and imitation + 50 % (5.3 lever: + 25–100 %).', { diffusionBoost: 0.5 }),
    setting('strong', STRONG, 'Bass innovation and imitation doubled (+ 100 %).', { diffusionBoost: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'methodInnovation', reasoning: 'Bass innovation p (0.01–0.03 a year).' },
    { key: 'methodImitation', reasoning: 'Bass imitation q (0.1–0.4 a year).' },
    { key: 'recoveryMethodEffect', reasoning: 'What an adopted method does for progression (+10–30 %).' },
  ],
  claims: {
    spending: claim('none', 'R', '5.3: funded by reprioritisation (lines 5725–5887). Spending can fall later as far as citizens progress (assumption).'),
    quality: claim('higher', 'R', '5.3: effective methods used more widely.'),
  },
};

// ── Final report, chapter 6: progression and quality of life ──────────────────

const r6_1: Lever = {
  id: 'r6_1',
  group: 'ch6',
  title: bi('Fortsat omstilling mod recovery-orienteret rehabilitering på det samlede voksensocialområde', 'Recovery-oriented rehabilitation across the adult area'),
  summary: bi('"Borgeren ved roret": beskæftigelse som mål og middel', '"Citizen at the helm": employment as goal and means'),
  sources: ['6.1', 'J1', 'J2'],
  proposal:
    'Continue the shift to recovery-oriented rehabilitation across the adult area: eight principles, employment as goal and means, strategic and organisational change and competence building. It gets no permanent funding because it is not a higher service level. Up to 60 % of people with mental-health difficulties can recover fully or partly (J1).',
  mechanisms: ['knowledge', 'needs'],
  knobs: ['recoveryAdoptionBoost'],
  settings: [
    off('Today: early adopters only; adoption spreads slowly (Bass p 0.01–0.03, q 0.1–0.4).'),
    setting('proposed', PROPOSED, 'Municipalities take up the approach twice as fast (innovation × 2), reaching most within 5–15 years (6.1 lever: logistic adoption over 5–15 years).', { recoveryAdoptionBoost: 1 }),
    setting('strong', STRONG, 'Take-up three times as fast (innovation × 3).', { recoveryAdoptionBoost: 2 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'recoveryMethodEffect', reasoning: 'Relative rise of the improvement hazard at full adoption (+10–30 %, 6.1 lever).' },
    { key: 'methodInnovation', reasoning: 'Bass innovation p (0.01–0.03 a year), which the lever multiplies.' },
    { key: 'methodImitation', reasoning: 'Bass imitation q (0.1–0.4 a year).' },
  ],
  claims: {
    spending: claim('lower', 'R', '6.1: better progression lowers the need for help (lines 6210–6215); long term.'),
    quality: claim('higher', 'R', '6.1: more independence and quality of life (lines 6081–6105; J1, J2).'),
  },
};

const r6_2: Lever = {
  id: 'r6_2',
  group: 'ch6',
  title: bi('Afdække erfaringerne med at anvende standardiserede mål for livskvalitet og progression', 'Standardised measures of quality of life and progression'),
  summary: bi('Individuelle mål plus standardiserede kategorier; gruppegennemsnit først', 'Individual goals plus standardised categories; group averages first'),
  sources: ['6.2'],
  proposal:
    'Gather experience with standardised measures of progression, stable function, deterioration and quality of life alongside individual goals. Individual measures are very uncertain at first, so start with group averages.',
  mechanisms: ['supervision', 'placement'],
  knobs: ['outcomeMeasurement'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Measures used by half of offers: the observed quality score gets 10–30 % less noisy (assumption measurementNoiseCut 0.2–0.6 × 0.5), so buyers pick better offers.', { outcomeMeasurement: 0.5 }),
    setting('strong', STRONG, 'Measures used everywhere: 20–60 % less noise.', { outcomeMeasurement: 1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'measurementNoiseCut', reasoning: 'Share of the noise in observed quality that the measures remove at full use (0.2–0.6).' },
  ],
  claims: {
    spending: claim('none', 'A', '6.2 proposes gathering experience; no expenditure effect is claimed or modelled beyond placement choices.'),
    quality: claim('higher', 'A', 'Better-observed quality steers placements to better offers (assumption); the report sees the measures as a prerequisite for outcome-based tariffs (2.4).'),
  },
};

// ── First report (May 2023): 5 guiding principles and 6 concrete recommendations ──

/**
 * A first-report recommendation carried into a final-report one (or into an instrument): it reuses
 * that lever's mechanism and knobs, and gives way to it when both are on (levers/compile.ts).
 */
function carriedInto(
  target: Lever,
  own: Pick<Lever, 'id' | 'title' | 'summary' | 'sources' | 'proposal' | 'defaultStartYear'> & Partial<Pick<Lever, 'settings' | 'knobs' | 'claims' | 'defaultSetting' | 'strengthAssumptions'>>,
): Lever {
  return {
    group: 'first_report',
    mechanisms: target.mechanisms,
    knobs: own.knobs ?? target.knobs,
    settings: own.settings ?? target.settings,
    defaultSetting: own.defaultSetting ?? target.defaultSetting,
    strengthAssumptions: own.strengthAssumptions ?? target.strengthAssumptions,
    claims: own.claims ?? target.claims,
    sharesMechanismWith: target.id,
    ...(target.modelNote ? { modelNote: target.modelNote } : {}),
    id: own.id,
    title: own.title,
    summary: own.summary,
    sources: own.sources,
    proposal: own.proposal,
    defaultStartYear: own.defaultStartYear,
  };
}

// ── Instruments of the agreements ─────────────────────────────────────────────

const loanPool: Lever = {
  id: 'loan_pool',
  group: 'instrument',
  title: bi('Lånepulje til kommunal botilbudskapacitet', 'Loan pool for municipal residential capacity'),
  summary: bi('Billige lån til kommunale pladser: 0,2/0,6/0,7 mia. kr. 2024–26', 'Cheap loans for municipal places: 0.2/0.6/0.7 bn DKK in 2024–26'),
  sources: ['M001-3', 'M003-4', '2.3', 'A3'],
  proposal:
    'The state lends municipalities money on favourable terms to build residential places of their own "to support more reasonable pricing": 0.2, 0.6 and 0.7 bn DKK in 2024, 2025 and 2026 (ØA24). The final report (2.3) asks whether to renew it. Interest, maturity and allocation are not stated; the model allocates by population at 1 % over 30 years (assumption).',
  mechanisms: ['capacity'],
  knobs: ['loanPoolBn'],
  settings: [
    off('No loan pool (the rules before ØA24).'),
    setting('agreed_2024', bi('Som aftalt (ØA24)', 'As agreed (ØA24)'), `The agreed amounts, bn DKK: ${describePool(LOAN_POOL_AGREED)} (agreements 000 l.889-895).`, { loanPoolBn: LOAN_POOL_AGREED }),
    setting('renewed', bi('Forlænget til 2030', 'Renewed to 2030'), `The agreed amounts and 0.7 bn DKK a year 2027–2030 (assumption: the 2026 level continued), bn DKK: ${describePool(LOAN_POOL_RENEWED)}.`, { loanPoolBn: LOAN_POOL_RENEWED }),
    setting('larger', bi('Dobbelt størrelse', 'Twice as large'), `Twice the renewed amounts, bn DKK: ${describePool(LOAN_POOL_LARGER)}.`, { loanPoolBn: LOAN_POOL_LARGER }),
  ],
  defaultSetting: 'agreed_2024',
  defaultStartYear: 2024,
  strengthAssumptions: [
    { key: 'loanPoolBuildBoost', reasoning: 'Extra build probability for a municipality with an allocation (0.1–0.5).' },
    { key: 'capexPerPlace', reasoning: 'Construction cost per place (1.5–3 m DKK): places a billion buys.' },
    { key: 'ceilingRoomPerInhabitant', reasoning: 'The ceiling room the pool adds to (60–250 DKK per inhabitant a year).' },
    { key: 'buildLagYears', reasoning: 'Years from decision to open places (1–3).' },
  ],
  claims: {
    spending: claim('lower', 'R', 'agreements 000 l.889-895: "to support more reasonable pricing"; own places act as a price anchor (2.3). No amount is given.'),
    quality: claim('higher', 'A', 'More places mean shorter waits and fewer mismatched placements (assumption).'),
  },
};

const tariffCapSelfReferral: Lever = {
  id: 'tariff_cap_self_referral',
  group: 'instrument',
  title: bi('Takstloft på områder med selvmøderprincip', 'Tariff cap on self-referral services'),
  summary: bi('Loft over takster for krisecentre (§ 109) og forsorgshjem (§ 110)', 'A cap on tariffs of crisis centres (§ 109) and shelters (§ 110)'),
  sources: ['M002-2', 'D12', 'B18', 'B11', '2.8'],
  proposal:
    'Cap the tariffs of self-referral services, where the centre admits and the municipality only pays: women\'s crisis centres (§ 109) and shelters (§ 110). Adopted in the 2024 municipal-finance agreement; the cap level is not given. In the model the cap is a markup over the national public reference cost of the service, and the operator absorbs any excess.',
  mechanisms: ['pricing'],
  knobs: ['tariffCapSelfReferral'],
  settings: [
    off('No cap: fixed, cost-based tariffs set by the operator (D12).'),
    setting('proposed', PROPOSED, 'Tariffs at most 5 % above the public reference cost (first report rec 7: reference × (1 + 0–10 %)).', { tariffCapSelfReferral: 0.05 }),
    setting('at_reference', bi('Ved referencen', 'At the reference'), 'Tariffs at most the public reference cost.', { tariffCapSelfReferral: 0 }),
    setting('loose', bi('Løst loft', 'Loose cap'), 'Tariffs at most 10 % above the reference.', { tariffCapSelfReferral: 0.1 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'fixedCostShare', reasoning: 'Share of cost that does not fall with occupancy (20–40 %): how far tariffs of half-empty centres exceed the reference.' },
    { key: 'selfReferralEntryRate', reasoning: 'How readily operators open centres (0.2–0.8 a region a year at 10 % turn-away); a cap does not change entry in the model.' },
  ],
  claims: {
    spending: claim('lower', 'R', 'First report rec 7 (expert-report §3.B; agreements M002-2): the payer is not the gatekeeper; shelters and crisis centres + 0.6 bn DKK 2018–22 (B11).'),
    quality: claim('unclear', 'A', 'Providers may cut cost or quality (expert-report §3.B lever); the model does not lower the quality of capped centres.'),
  },
};

const tariffCapComplex: Lever = {
  id: 'tariff_cap_complex',
  group: 'instrument',
  title: bi('Takstloft for det mest specialiserede segment', 'Tariff cap for the complex segment'),
  summary: bi('Loft over takster for specialiserede og højt specialiserede tilbud', 'A cap on tariffs of specialised and highly specialised offers'),
  sources: ['2.3', '2.4', 'B17', 'M000-1'],
  proposal:
    'Cap the tariffs of specialised and highly specialised residential offers, where one or a few providers face many buyers and near-monopoly pricing arises. The final report asks to examine such a cap for citizens with particularly complex needs (2.3) and to leave room for caps in the new tariff system (2.4). In the model the cap is a markup over the public reference cost of the same service and specialisation.',
  mechanisms: ['pricing'],
  knobs: ['tariffCapComplex'],
  settings: [
    off('No cap: tariffs are cost-based or, for private providers, cost plus a scarcity markup.'),
    setting('proposed', PROPOSED, 'Tariffs at most 10 % above the public reference cost (2.3 lever: reference × (1 + 0–20 %)).', { tariffCapComplex: 0.1 }),
    setting('strict', bi('Stramt loft', 'Strict cap'), 'At most 5 % above the reference.', { tariffCapComplex: 0.05 }),
    setting('loose', bi('Løst loft', 'Loose cap'), 'At most 20 % above the reference.', { tariffCapComplex: 0.2 }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'complexMarkupMax', reasoning: 'The scarcity markup in complex markets (20–60 %) that the cap bounds.' },
    { key: 'privateUpcodingPerYear', reasoning: 'Individual price rises for complex residents (0.05–0.3 a year) are outside the place tariff and not capped.' },
  ],
  claims: {
    spending: claim('lower', 'R', '2.3: "price = the lowest possible cost for the required quality"; a cap could act sooner than new capacity.'),
    quality: claim('unclear', 'A', 'Capped providers may cut quality or leave the market (incomplete contracts, expert-report §4 driver 10); the model does not make capped providers exit.'),
  },
};

const alternativeOfferLimit: Lever = {
  id: 'alternative_offer_limit',
  group: 'instrument',
  title: bi('Beløbsgrænse for alternative tilbud', 'Limit on the extra cost of an alternative offer'),
  summary: bi('Borgerens valg af et dyrere tilbud: 0 % (aftale 2024), 10 % (L 202), 20–25 % i dag', "A citizen's choice of a dearer offer: 0 % (2024 agreement), 10 % (bill L 202), 20–25 % today"),
  sources: ['M000-4', 'G10', 'M002-1'],
  proposal:
    'Limit how much more an offer the citizen chooses may cost than the one the municipality assessed. Case law tolerates 20–25 % as "not significantly more expensive" today (G10); the 2024 disability agreement set the limit at 0 % (M000-4); bill L 202 (2024–25) proposed 10 %.',
  mechanisms: ['placement'],
  knobs: ['alternativeOfferLimit'],
  settings: [
    off('Today: 20–25 % extra cost tolerated by case law (G10); the model uses 22.5 %.'),
    setting('agreed_2024', bi('0 % (aftale 2024)', '0 % (2024 agreement)'), 'No extra cost allowed (agreements M000-4: "the extra cost must be 0 %").', { alternativeOfferLimit: 0 }),
    setting('bill_l202', bi('10 % (L 202)', '10 % (bill L 202)'), 'At most 10 % extra cost (bill L 202, 2024–25; external to the report).', { alternativeOfferLimit: 0.1 }),
  ],
  defaultSetting: 'agreed_2024',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'ownPlacePreference', reasoning: 'How strongly buyers prefer own places (0.4–0.8): the gap between the assessed offer and the citizen\'s choice.' },
  ],
  claims: {
    spending: claim('lower', 'R', 'M000-4: alternatives must not cost more; M002-1 "alternatives must not cost more". In the model the effect is small: about 10 % of placements ask for an alternative (assumption) and many of those cost no more than the assessed offer.'),
    quality: claim('mixed', 'A', 'Fewer citizens get the offer they prefer, often the better-scored one (assumption: in the model the alternative is the best-scored nearby offer).'),
  },
};

const reimbursementScheme: Lever = {
  id: 'reimbursement_scheme',
  group: 'instrument',
  title: bi('Refusionsordningen for særligt dyre enkeltsager', 'The reimbursement scheme for expensive individual cases'),
  summary: bi('25/50/75 % refusion over 0,86/1,68/2,12 mio. kr.', '25/50/75 % refund above 0.86/1.68/2.12 m DKK'),
  sources: ['M003-4', 'M000-2'],
  proposal:
    'The state refunds 25 % of a case\'s yearly cost between 0.86 and 1.68 m DKK, 50 % up to 2.12 m and 75 % above (since 2021; 50 % at most before). The thresholds and rates are instruments of the state–municipal agreements; neither report proposes a change. In the model refunds move cost between the state and municipalities; they do not change decisions.',
  mechanisms: ['stateFinance'],
  knobs: ['reimbursementThresholds', 'reimbursementRates'],
  settings: [
    off('The rules in force: 25/50/75 % above 0.86/1.68/2.12 m DKK (from 2021; top rate 50 % before).'),
    setting('lower_thresholds', bi('Lavere tærskler', 'Lower thresholds'), 'Thresholds 0.6 / 1.2 / 1.8 m DKK at today\'s rates (assumption: more cases shared with the state).', {
      reimbursementThresholds: [600_000, 1_200_000, 1_800_000], reimbursementRates: [0.25, 0.5, 0.75],
    }),
    setting('higher_top_rate', bi('Højere topsats', 'Higher top rate'), 'Rates 25 / 50 / 90 % (assumption).', { reimbursementRates: [0.25, 0.5, 0.9] }),
    setting('pre_2021', bi('Før 2021', 'Before 2021'), 'Back to a top rate of 50 % (M003-4: the maximum rate rose from 50 % to 75 % in 2021).', { reimbursementRates: [0.25, 0.5, 0.5] }),
    setting('abolished', bi('Afskaffet', 'Abolished'), 'No refund of expensive cases.', { reimbursementRates: [0, 0, 0] }),
  ],
  defaultSetting: 'lower_thresholds',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'escalationCostStep', reasoning: 'How fast expensive cases get more expensive (10–40 % a step): the tail the scheme shares.' },
  ],
  claims: {
    spending: claim('none', 'A', 'Refunds change who pays (net municipal cost), not spending. The inference that refunds dampen tail-cost containment (agreements M003-4) is not modelled.'),
    quality: claim('none', 'A', 'No effect on the help given in the model.'),
  },
};

const specialisationPlanning: Lever = {
  id: 'specialisation_planning',
  group: 'instrument',
  title: bi('National specialeplanlægning', 'National specialisation planning'),
  summary: bi('Ca. 20 specialer i to niveauer, indfaset frem til 2030 (besluttet 2021/22)', 'About 20 specialities at two levels, phased in to 2030 (decided 2021/22)'),
  sources: ['M003-1', 'M003-3', 'M001-1'],
  proposal:
    'The highly specialised social area is divided into about 20 specialities at two levels, with approved special functions that complex citizens can be referred to nationally, rolled out from five specialities to twenty by 2030. It was decided in 2021/22, so the baseline already contains it; this lever shows what it does by switching it off.',
  mechanisms: ['placement'],
  knobs: ['specialisationPlanning'],
  settings: [
    off('As decided: 5 → 10 → 15 → 20 specialities by 2030 (in the baseline).'),
    setting('abandoned', bi('Opgivet', 'Abandoned'), 'Counterfactual: no specialisation planning; complex citizens search only in their own region.', { specialisationPlanning: false }),
  ],
  defaultSetting: 'abandoned',
  defaultStartYear: 2024,
  strengthAssumptions: [
    { key: 'complexShareOfResidential', reasoning: 'Share of residents with particularly complex needs (5–10 %, C9): who the national search helps.' },
  ],
  claims: {
    spending: claim('unclear', 'A', 'Neither document gives an expenditure effect; national search improves matches for complex citizens.'),
    quality: claim('higher', 'R', 'agreements M003-1: prevent de-specialisation; "practice makes perfect". (Abandoning it lowers quality in the model.)'),
  },
};

const bindingCoordination: Lever = {
  id: 'binding_coordination',
  group: 'instrument',
  title: bi('Bindende regional koordination (KKR/rammeaftaler)', 'Binding regional coordination (KKR, framework agreements)'),
  summary: bi('Fælles kapacitetsplanlægning og genforhandling af priser', 'Joint capacity planning and renegotiation of prices'),
  sources: ['M001-1', 'M002-3', 'M003-3', '2.3'],
  proposal:
    'Make the municipalities\' framework agreements binding: the KKR plans and builds capacity for the most complex needs jointly, with shared vacancy risk, and renegotiates prices when residential spending grows more than 5 %. Today the agreements are non-binding.',
  mechanisms: ['coordination', 'capacity'],
  knobs: ['coordinationLevel'],
  settings: [
    off('Today: non-binding; coordination drawn from 0.1–0.4.'),
    setting('binding', bi('Bindende', 'Binding'), 'Coordination 0.75: the KKR builds for the complex group in three years out of four, and municipalities count three quarters of the regional price gain of public places.', { coordinationLevel: 0.75 }),
    setting('full', bi('Fuld', 'Full'), 'Coordination 1: joint planning every year; each municipality counts the whole regional gain.', { coordinationLevel: 1 }),
  ],
  defaultSetting: 'binding',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'coordinationLevel', reasoning: 'Coordination today (0.1–0.4), the starting point.' },
    { key: 'buildPropensity', reasoning: 'How readily municipalities build once the case is clear (0.3–0.8).' },
  ],
  claims: {
    spending: claim('lower', 'R', 'agreements M002-3: "strengthen competition … break the rising expenditure curve"; expert-report 2.3.'),
    quality: claim('higher', 'A', 'Places for complex needs where they are needed: fewer mismatches (assumption).'),
  },
};

const publicVacancyFirst: Lever = {
  id: 'public_vacancy_first',
  group: 'instrument',
  title: bi('Tjek offentlige ledige pladser før køb hos private', 'Check public vacancies before buying private'),
  summary: bi('Ledige pladser i andre kommuner og regionen tjekkes først', 'Vacant places in other municipalities and the region are checked first'),
  sources: ['M002-3', 'M002-1'],
  proposal:
    'Before buying a private place, a municipality checks vacant places in other municipalities and the region (Region Sjælland\'s framework agreement 2025–26). In the model a complying buyer takes the best-fitting public vacancy when there is one.',
  mechanisms: ['placement'],
  knobs: ['publicVacancyFirst'],
  settings: [
    off('Today: a non-binding rule; compliance drawn from 0.3–0.7.'),
    setting('binding', bi('Bindende', 'Binding'), 'Compliance 0.9 (agreements M002-3: 0.5–1.0 where adopted).', { publicVacancyFirst: 0.9 }),
    setting('full', bi('Fuld', 'Full'), 'Every placement checks public vacancies first (compliance 1).', { publicVacancyFirst: 1 }),
  ],
  defaultSetting: 'binding',
  defaultStartYear: 2025,
  strengthAssumptions: [
    { key: 'publicVacancyFirstCompliance', reasoning: 'Compliance today (0.3–0.7): the gap the binding rule closes.' },
    { key: 'closureOccupancy', reasoning: 'Occupancy below which public offers shrink (0.55–0.75): what filling public vacancies protects.' },
  ],
  claims: {
    spending: claim('lower', 'R', 'agreements M002-3: part of the Sjælland programme to "break the rising expenditure curve"; collective-action problem #8 (agreements §5.2).'),
    quality: claim('unclear', 'A', 'A public vacancy is taken only when it fits; proximity or preference may be lost.'),
  },
};

const standardTariffModel: Lever = {
  id: 'standard_tariff_model',
  group: 'instrument',
  title: bi('Standardiseret takstmodel og standardkontrakter', 'Standard tariff model and standard contracts'),
  summary: bi('Sammenlignelige takster, der viser de reelle omkostninger', 'Comparable tariffs that show the true cost'),
  sources: ['M000-1', 'M002-3', '2.4'],
  proposal:
    'A tariff model for residential and similar offers that is standardised, shows the true cost and is comparable across providers and ownership forms (2024 disability agreement), with standard contracts (Region Sjælland). It is the agreements\' instrument behind the final report\'s new tariff system (2.4).',
  mechanisms: ['pricing', 'escalation'],
  knobs: ['standardTariffModel'],
  settings: [
    off(),
    setting('proposed', PROPOSED, 'Standard tariffs: private providers\' scarcity markup and the upcoding of complex cases fall by half (assumption standardTariffMarkupCut, 30–70 %, M000-1), and buyers weigh price twice as much (assumption transparencyPriceWeight, 1.5–3).', { standardTariffModel: true }),
  ],
  defaultSetting: 'proposed',
  defaultStartYear: 2026,
  strengthAssumptions: [
    { key: 'standardTariffMarkupCut', reasoning: 'Share of markup dispersion and upcoding that comparable standard tariffs remove (M000-1: 30–70 %).' },
    { key: 'transparencyPriceWeight', reasoning: 'How much more buyers weigh price once tariffs are comparable (1.5–3 times, assumption).' },
    { key: 'complexMarkupMax', reasoning: 'The scarcity markup in complex markets (20–60 %), halved by comparable tariffs (M000-1 proposal: −30–70 %; the model uses 50 %).' },
    { key: 'privateUpcodingPerYear', reasoning: 'Individual price rises that standard packages halve (0.05–0.3 a year).' },
  ],
  claims: {
    spending: claim('lower', 'R', 'agreements M000-1: "reduce municipal expenditure and/or secure economic transparency" (000 l.203-205).'),
    quality: claim('unclear', 'A', 'No direct effect on quality in the model.'),
  },
};

// ── The first report's recommendations ────────────────────────────────────────

const FIRST_REPORT: Lever[] = [
  carriedInto(r2_1, {
    id: 'd1_1',
    title: bi('Øget mulighed for at fastsætte lokale serviceniveauer', 'More room to set local service levels'),
    summary: bi('Pejlemærke, videreført i 2.1 og 2.2', 'Guiding principle, carried into 2.1 and 2.2'),
    sources: ['A2', '2.1', '2.2'],
    proposal: 'Give municipalities more room to set local service levels. A guiding principle of the first report, carried into the final report\'s revision of the Social Services Act (2.1) and the clarified scope of rules (2.2).',
    defaultStartYear: 2026,
  }),
  carriedInto(r2_1, {
    id: 'd1_2',
    title: bi('Ændring af servicelovens formålsbestemmelse', 'Change the purpose clause of the Social Services Act'),
    summary: bi('Pejlemærke, videreført i 2.1', 'Guiding principle, carried into 2.1'),
    sources: ['A2', '2.1'],
    proposal: 'Change the purpose clause of the Social Services Act towards progression and a holistic view. A guiding principle, carried into 2.1.',
    defaultStartYear: 2026,
  }),
  carriedInto(r2_2, {
    id: 'd1_3',
    title: bi('Styrket interessentinddragelse og helhedsbetragtning i Ankestyrelsen', 'More stakeholder input and a holistic view in the appeals board'),
    summary: bi('Pejlemærke, videreført i 2.2 (Dialogforum)', 'Guiding principle, carried into 2.2 (Dialogforum)'),
    sources: ['A2', '2.2', 'G9'],
    proposal: 'Involve stakeholders more and take a holistic view in the appeals board\'s principle rulings. Carried into 2.2, where the ministry joins Dialogforum, which may comment before a ruling is published.',
    defaultStartYear: 2026,
    knobs: ['rulingRateMultiplier'],
    settings: [
      off(),
      setting('proposed', PROPOSED, 'Cost-raising rulings 30 % rarer (2.2 lever: λ × 0.3–0.7; the Dialogforum part only, no rollback).', { rulingRateMultiplier: 0.7 }),
      setting('strong', STRONG, 'Cost-raising rulings half as frequent.', { rulingRateMultiplier: 0.5 }),
    ],
  }),
  carriedInto(r2_6, {
    id: 'd1_4',
    title: bi('Øget fleksibilitet i regler om anvendelsen af botilbud', 'More flexible rules for residential care'),
    summary: bi('Pejlemærke, videreført i 2.5 og 2.6', 'Guiding principle, carried into 2.5 and 2.6'),
    sources: ['A2', '2.5', '2.6'],
    proposal: 'More flexible rules on how residential places are used: flexible places, moves and exit. Carried into 2.5 and 2.6; the model uses 2.6\'s flexible places and moves without consent.',
    defaultStartYear: 2026,
  }),
  carriedInto(r2_7, {
    id: 'd1_5',
    title: bi('Revision af magtanvendelsesreglerne i serviceloven', 'Revise the use-of-force rules'),
    summary: bi('Pejlemærke, videreført i 2.7', 'Guiding principle, carried into 2.7'),
    sources: ['A2', '2.7'],
    proposal: 'Revise the use-of-force rules of the Social Services Act so that staff time goes to care rather than registration. A guiding principle of the first report, carried into 2.7.',
    defaultStartYear: 2025,
  }),
  carriedInto(r4_2, {
    id: 'd1_6',
    title: bi('Eftersyn af tilsyn med sociale tilbud', 'Review of supervision of social offers'),
    summary: bi('Gennemført af SAI i efteråret 2023; videreført i 4.2', 'Done by SAI in autumn 2023; carried into 4.2'),
    sources: ['A3', '4.2', 'B24', 'M000-5'],
    proposal: 'Review the supervision of social offers. Adopted in the 2024 municipal-finance agreement and carried out by the state analysis unit (SAI) in autumn 2023; its findings became the final report\'s new supervision model (4.2) and the 2024 agreement\'s risk-based supervision (M000-5).',
    defaultStartYear: 2025,
  }),
  carriedInto(tariffCapSelfReferral, {
    id: 'd1_7',
    title: bi('Indførelse af takstloft på områder med selvmøderprincip', 'Tariff cap on self-referral services'),
    summary: bi('Vedtaget i økonomiaftalen for 2024; loftets niveau er ikke angivet', 'Adopted in the 2024 finance agreement; the cap level is not given'),
    sources: ['A3', 'M002-1', 'M002-2', 'D12', 'B18'],
    proposal: 'Introduce a tariff cap on services with self-referral (women\'s crisis centres and shelters), where the centre admits and the municipality pays. Adopted in the 2024 municipal-finance agreement; linked to 2.4, 2.8 and 4.2. The level is not given; the instrument tariff_cap_self_referral holds the settings.',
    defaultStartYear: 2025,
    settings: tariffCapSelfReferral.settings.filter((s) => s.id === 'off' || s.id === 'proposed'),
  }),
  carriedInto(alternativeOfferLimit, {
    id: 'd1_8',
    title: bi('Indførelse af beløbsgrænse for alternative tilbud', 'Limit on the amount for alternative offers'),
    summary: bi('Vedtaget i økonomiaftalen for 2024: 0 % merudgift', 'Adopted in the 2024 finance agreement: 0 % extra cost'),
    sources: ['A3', 'M000-4', 'G10'],
    proposal: 'Limit the extra cost of an alternative offer the citizen chooses. Adopted in the 2024 municipal-finance agreement and set at 0 % in the 2024 disability agreement (M000-4).',
    defaultStartYear: 2025,
  }),
  carriedInto(loanPool, {
    id: 'd1_9',
    title: bi('Styrke udbygningen af den kommunale botilbudskapacitet', 'Strengthen municipal residential capacity'),
    summary: bi('Lånepuljen i økonomiaftalen for 2024', 'The loan pool of the 2024 finance agreement'),
    sources: ['A3', 'M001-3', '2.3'],
    proposal: 'Strengthen the build-out of municipal residential capacity. Adopted in the 2024 municipal-finance agreement as a loan pool of 0.2 / 0.6 / 0.7 bn DKK in 2024–26; the final report (2.3) asks whether to renew it.',
    defaultStartYear: 2024,
    settings: loanPool.settings.filter((s) => s.id === 'off' || s.id === 'agreed_2024'),
  }),
  carriedInto(r4_1, {
    id: 'd1_10',
    title: bi('Nytænkning af reglerne om merudgiftsydelse', 'Rethink the extra-costs benefit'),
    summary: bi('Vedtaget i økonomiaftalen for 2024; ca. 20 % af klagerne på handicapområdet', 'Adopted in the 2024 finance agreement; about 20 % of disability complaints'),
    sources: ['A3', 'G8', '4.1', 'M000-6'],
    proposal: 'Rethink the rules on the extra-costs benefit (merudgiftsydelse) for adults with disabilities, which carry heavy administration and documentation and about a fifth of the appeals board\'s disability complaints. Adopted in the 2024 municipal-finance agreement; in the model it acts like 4.1 through appeals and casework.',
    defaultStartYear: 2025,
    settings: [
      off(),
      setting('proposed', PROPOSED, 'About 20 % of disability complaints concern the benefit (agreements 000 l.284-286); simpler rules halve them: appeals −10 %.', { appealRateMultiplier: 0.9 }),
    ],
    knobs: ['appealRateMultiplier'],
    strengthAssumptions: [{ key: 'coreTaskQualityElasticity', reasoning: 'How much progression rises with the casework time saved (0.2–0.8).' }],
  }),
  carriedInto(r5_2, {
    id: 'd1_11',
    title: bi('Sikring af bedre viden og data', 'Better knowledge and data'),
    summary: bi('Vedtaget i økonomiaftalen for 2024; videreført i 5.2', 'Adopted in the 2024 finance agreement; carried into 5.2'),
    sources: ['A3', '5.2', 'M000-9'],
    proposal: 'Secure better knowledge and data on the area, in joint state–KL data work. Adopted in the 2024 municipal-finance agreement and carried into the data strategy 2025–2030 (5.2).',
    defaultStartYear: 2025,
  }),
];

/** Every lever: the 19 final-report recommendations, the 11 first-report ones, then the instruments. */
export const LEVERS: Lever[] = [
  r2_1, r2_2, r2_3, r2_4, r2_5, r2_6, r2_7, r2_8,
  r3_1, r3_2, r3_3, r3_4,
  r4_1, r4_2,
  r5_1, r5_2, r5_3,
  r6_1, r6_2,
  ...FIRST_REPORT,
  loanPool, tariffCapSelfReferral, tariffCapComplex, alternativeOfferLimit, reimbursementScheme,
  specialisationPlanning, bindingCoordination, publicVacancyFirst, standardTariffModel,
];

export const LEVER_IDS: string[] = LEVERS.map((lever) => lever.id);

const BY_ID = new Map(LEVERS.map((lever) => [lever.id, lever]));

/** The lever with this id, or undefined. */
export function leverById(id: string): Lever | undefined {
  return BY_ID.get(id);
}
