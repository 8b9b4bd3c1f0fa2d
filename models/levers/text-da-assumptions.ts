/**
 * Danish unit and reasoning of every assumption in parameters/assumptions.ts (see text.ts), keyed
 * by assumption key; the values and ranges stay in assumptions.ts. Same conventions as text-da.ts:
 * every number of the English text, written the Danish way; source ids as in the English.
 */
import type { AssumptionKey } from '../parameters/assumptions';
import type { AssumptionTextDa } from './text';

const PER_YEAR = 'pr. år';
const SHARE_OF_COST = 'andel af udgiften';
const LOG_SD = 'standardafvigelse på log-multiplikator';

export const ASSUMPTION_TEXT_DA: Readonly<Partial<Record<AssumptionKey, AssumptionTextDa>>> = {
  // ── Citizens and needs ──
  childEntryTrend: {
    unit: PER_YEAR,
    why: 'antagelse: vækst i tilgangen af børn og unge i systemet fra 2018; expert-report C5 (+10.000 modtagere 2018–22) svarer til ≈ 3 % om året i antallet af modtagere.',
  },
  adultEntryTrend: {
    unit: PER_YEAR,
    why: 'antagelse: vækst i tilgangen af voksne modtagere fra 2018; expert-report C5 (+13.000 voksne 2018–22).',
  },
  crisisArrivalTrend: {
    unit: 'pr. år 2018–2022, derefter 1 % om året',
    why: 'antagelse: antallet af kvinder, der søger krisecenter, steg med øget opmærksomhed og reformerne 2017–2021; expert-report B18: udgifterne +76 % 2018–22.',
  },
  complexShareOfResidential: {
    unit: 'andel',
    why: 'expert-report C9: »< 10 % af beboerne (usikkert)«; agreements M003-1 P(høj) ≈ 0,10, 0,05–0,15.',
  },
  improveHazardScale: {
    unit: 'multiplikator',
    why: 'De månedlige intensiteter for fremgang i funktionsniveau er fastsat pr. målgruppe (parameters/world.ts); deres niveau er usikkert, ±20 %.',
  },
  worsenHazardScale: {
    unit: 'multiplikator',
    why: 'De månedlige intensiteter for forværring af funktionsniveauet, ±20 %.',
  },
  mismatchProgressionPenalty: {
    unit: 'tabt andel af intensiteten for fremgang',
    why: 'expert-report §5 »mismatch er dyrt og værre for borgeren«; 2.5, modelforslag: langsommere progression.',
  },
  mismatchCostUplift: {
    unit: 'andel af taksten',
    why: 'expert-report 2.5, modelforslag: +10–30 %; 2.6, modelforslag: +0–20 %.',
  },
  mismatchEscalationPerYear: {
    unit: PER_YEAR,
    why: 'agreements M000-2: en fejlplaceret borger eskalerer med pEscalate 0,05–0,25 om året.',
  },
  escalationCostStep: {
    unit: 'andel af den individuelle udgift',
    why: 'antagelse: et eskaleringstrin lægger et individuelt tillæg (ekstra personale) på 10–40 % til.',
  },

  // ── Municipal decisions ──
  economyWeight: {
    unit: 'sandsynlighed',
    why: 'expert-report 2.1, modelforslag: p_cheapest_adequate 0,3–0,5 i dag (»økonomi angives meget sjældent«, linje 1506–1512).',
  },
  serviceLevelSpread: {
    unit: LOG_SD,
    why: 'antagelse: de lokale serviceniveauer er forskellige (første rapports anbefaling 1); standardafvigelse på 5–15 % af intensiteten.',
  },
  incidenceSpread: {
    unit: LOG_SD,
    why: 'antagelse: socioøkonomiske forskelle mellem kommunerne i, hvor udbredte behovene er; standardafvigelse på 10–30 %.',
  },
  buildPropensity: {
    unit: 'sandsynlighed pr. år ved en klar gevinst',
    why: 'antagelse: en kommune med en klar økonomisk gevinst bygger inden for ~2 år; det kollektive handlingsproblem (agreements §5.2 #2–3) holder sandsynligheden under 1.',
  },
  ownPlacePreference: {
    unit: 'sandsynlighed',
    why: 'antagelse: »egne pladser først« ved visitation, agreements M002-3.',
  },
  coordinationLevel: {
    unit: '0–1',
    why: 'expert-report 2.3, modelforslag: 0 = ren gratistadfærd, 1 = KKR bygger ≈ hele behovet; dagens rammeaftaler er ikke bindende.',
  },
  publicVacancyFirstCompliance: {
    unit: 'sandsynlighed',
    why: 'agreements M002-3: efterlevelse 0,5–1,0, hvor reglen er vedtaget; ikke bindende i dag.',
  },
  ceilingRoomPerInhabitant: {
    unit: 'kr. pr. indbygger pr. år',
    why: 'antagelse: den del af anlægsloftet, en kommune kan afsætte til botilbudspladser i konkurrence med skoler og ældrepleje (expert-report §4, udgiftsdriver 1).',
  },
  capexPerPlace: {
    unit: 'kr. pr. plads (2023-priser)',
    why: 'antagelse: anlægsudgiften til en botilbudsplads; ikke i noterne (agreements §5.3: »capexPerPlace skal kalibreres eksternt«).',
  },
  botilbudLikeBudgetShare: {
    unit: 'andel af anlægsudgiften',
    why: 'antagelse: en botilbudslignende plads (almen bolig, § 105) finansieres af en boligorganisation; kommunen betaler grundkapital (~10 %) og stiller garanti, uden for anlægsloftet (expert-report 2.5).',
  },
  vacancyRiskPremium: {
    unit: SHARE_OF_COST,
    why: 'agreements §5.2 #2: den, der bygger, bærer risikoen for tomme pladser; risikopræmie 5–20 %.',
  },
  buildLagYears: {
    unit: 'år',
    why: 'agreements §5.3: byggetid 1–3 år; expert-report 2.3: 2–5.',
  },

  // ── Providers and market ──
  privateBaseMargin: {
    unit: SHARE_OF_COST,
    why: 'antagelse: forrentning af kapital og overskud hos private leverandører under de omkostningsbaserede takstregler (agreements M001-6).',
  },
  complexMarkupMax: {
    unit: SHARE_OF_COST,
    why: 'expert-report 2.3, modelforslag: tillæg i det komplekse segment m_max·g(ledig kapacitet), m_max 20–60 %.',
  },
  generalMarkupMax: {
    unit: SHARE_OF_COST,
    why: 'antagelse: i det almindelige segment er konkurrencen stærkere; en tredjedel af tillægget i det komplekse segment.',
  },
  targetVacancy: {
    unit: 'andel af pladserne',
    why: 'antagelse: den ledige kapacitet, hvor køberne har et valg (expert-report §4, udgiftsdriver 9: »ingen ledig kapacitet«).',
  },
  privateUpcodingPerYear: {
    unit: 'sandsynlighed pr. beboer med komplekse behov pr. år',
    why: 'expert-report B17/§4, udgiftsdriver 15: de dyreste bliver dyrere, især i private tilbud; ufuldstændige kontrakter (udgiftsdriver 10).',
  },
  publicUpcodingPerYear: {
    unit: 'sandsynlighed pr. beboer med komplekse behov pr. år',
    why: 'antagelse: offentlige leverandører revurderer også opad, men sjældnere.',
  },
  privateEntryRate: {
    unit: 'nye tilbud pr. region pr. år pr. 10 ventende',
    why: 'antagelse: private leverandører etablerer sig, hvor priserne er høje og pladserne få (model.md §Providers).',
  },
  closureOccupancy: {
    unit: 'belægningsgrad',
    why: 'antagelse: et tilbud, der i et år har lavere belægning end dette, skrumper eller lukker.',
  },
  fixedCostShare: {
    unit: SHARE_OF_COST,
    why: 'antagelse: udgifter til bygning, ledelse og nattevagter falder ikke med belægningen; agreements M001-6, takstberegningen.',
  },
  realWageDrift: {
    unit: 'pr. år, reelt',
    why: 'antagelse: reallønsvækst for omsorgspersonale; expert-report 2.4, modelforslag: samlet udgiftsvækst 1,5–2,5 % om året, hvoraf resten opstår i selve modellen.',
  },

  // ── Supervision (expert-report H1–H8) ──
  recommendationCostShare: {
    unit: 'andel af den årlige udgift',
    why: 'antagelse: udgiften til at gennemføre én runde anbefalinger; 25 % bliver varige (H6).',
  },
  scoreChasingDrift: {
    unit: PER_YEAR,
    why: 'expert-report 4.2, modelforslag: 28 % af leverandørerne jagter en højere score med +0,5–2 % om året i udgift.',
  },

  // ── Rulings and appeals (expert-report G1–G11) ──
  rulingsPerYear: {
    unit: PER_YEAR,
    why: 'expert-report 2.2, modelforslag: Poisson, λ ≈ 0,9 om året (9 på omkring et årti, G9).',
  },
  rulingReachMax: {
    unit: 'andel af en målgruppe',
    why: 'expert-report 2.2, modelforslag: hver afgørelse hæver udgiften for 1–10 % af modtagerne.',
  },
  rulingUpliftMax: {
    unit: SHARE_OF_COST,
    why: 'expert-report 2.2, modelforslag: med 2–25 % (G10: 20–25 % anset for »ikke væsentligt dyrere«).',
  },

  // ── Crisis centres and shelters ──
  crisisAcuteMonths: {
    unit: 'måneder',
    why: 'antagelse: den akutte fase af et ophold på krisecenter; resten er venten på bolig eller udflytning (expert-report 2.8, modelforslag).',
  },
  crisisHousingWaitShare: {
    unit: 'andel af opholdene',
    why: 'antagelse: andelen af kvinder, der har brug for en boligløsning, før de kan flytte (2.8, modelforslag: fasen efter den akutte).',
  },
  selfReferralEntryRate: {
    unit: 'nye krisecentre pr. region pr. år ved 10 % afviste',
    why: 'antagelse: driftsherrer åbner krisecentre, hvor kvinder bliver afvist; betalingen er sikret (agreements §5.2 #10).',
  },

  // ── Children and youth ──
  aftercareTakeUp: {
    unit: 'andel',
    why: 'expert-report I3–I4: 8.100 af 16.400 berettigede modtager efterværn (0,49).',
  },
  childToAdultTransition: {
    unit: 'andel af anbragte unge og unge i efterværn',
    why: 'antagelse: andelen af tidligere anbragte unge, der senere får brug for sociale indsatser som voksne (expert-report 3.2: risiko for ledighed, misbrug, hjemløshed).',
  },

  // ── Knowledge and staff time ──
  methodInnovation: {
    unit: 'Bass p pr. år',
    why: 'expert-report 5.3, modelforslag: innovation p 0,01–0,03.',
  },
  methodImitation: {
    unit: 'Bass q pr. år',
    why: 'expert-report 5.3, modelforslag: imitation q 0,1–0,4.',
  },
  recoveryMethodEffect: {
    unit: 'relativ intensitet for fremgang ved fuld udbredelse',
    why: 'expert-report 6.1, modelforslag: relativ sandsynlighed for progression +10–30 %.',
  },
  documentationShare: {
    unit: 'andel af medarbejdernes tid',
    why: 'antagelse: dokumentation, registrering af magtanvendelse og anden registrering (expert-report §4, udgiftsdrivere 18, 23; H8 204 felter).',
  },
  coreTaskQualityElasticity: {
    unit: 'elasticitet',
    why: 'antagelse: intensiteten for fremgang stiger med tiden sammen med borgerne (expert-report §5 »tid til kerneopgaven«).',
  },

  // ── Lever strengths (levers/registry.ts) ──
  loanPoolBuildBoost: {
    unit: 'sandsynlighed pr. år',
    why: 'antagelse: ekstra sandsynlighed for, at en kommune med en låneramme fra lånepuljen gennemfører et marginalt projekt (øremærket billig kapital sænker barrieren; agreements 000 l.889-895 »for at understøtte en mere rimelig prisdannelse«).',
  },
  binarySupervisionSaving: {
    unit: 'andel af tilsynsudgifterne',
    why: 'antagelse: den andel af tilsynstakster og besøgsudgifter, som en binær, enklere model sparer (expert-report 4.2: reducere de takstfinansierede udgifter »markant«).',
  },
  outcomesFundInnovationEffect: {
    unit: 'relativ stigning i metodeinnovation ved fuld videregivelse',
    why: 'antagelse: en resultatbetalingsfond, der videregiver statens gevinster, får afprøvede metoder til at betale sig for kommunen (expert-report 3.3, »forkerte kasse«, §4, udgiftsdriver 19); 0 = ingen adfærdsvirkning.',
  },
  dataSteeringEffect: {
    unit: 'andel af afstanden til fuldt bindende koordination',
    why: 'agreements M000-9, M002-4: styringsdata forkorter koordinatorens reaktionstid; antagelse om, at fulde data lukker 10–50 % af afstanden til bindende fælles planlægning.',
  },
  measurementNoiseCut: {
    unit: 'fjernet andel af støjen i scoren',
    why: 'expert-report 6.2, modelforslag: målefejl σ_ε 30–50 % af standardafvigelsen mellem borgere, faldende over 5–10 år; antagelse: 20–60 % mindre støj ved fuld anvendelse.',
  },
  standardTariffMarkupCut: {
    unit: 'fjernet andel af spredningen i tillæg og af opjusteringerne',
    why: 'agreements M000-1: en standardiseret takstmodel med sammenlignelige pakker mindsker spredningen i fællesomkostninger og fortjeneste og den informationsasymmetri, der ligger bag opjusteringerne, med 30–70 %.',
  },
  transparencyPriceWeight: {
    unit: 'multiplikator på købernes vægt på prisen',
    why: 'antagelse: med standardiserede, sammenlignelige takster (expert-report 2.4, M000-1) kan køberne sammenligne tilbud og vægte prisen 1,5–3 gange så meget som i dag.',
  },
  transitionSupportEffect: {
    unit: 'relativ nedsættelse af risikoen for at komme ind i voksenområdet ved fuld støtte',
    why: 'expert-report 3.2, modelforslag: støtte til overgangen mindsker risikoen for, at tidligere anbragte unge kommer ind i voksenområdet, med 5–15 %.',
  },
  preventionFlexibilityEffect: {
    unit: 'relativ nedsættelse af den senere tilgang til voksenområdet ved fuld anvendelse',
    why: 'antagelse: hjælp, der følger barnets behov uden nye afgørelser (expert-report 3.1, I1–I2), mindsker senere behov som voksen; rapporten angiver intet beløb, så 2–8 %, under den direkte støtte til overgangen i 3.2.',
  },
  screeningSeverityCut: {
    unit: 'relativ nedsættelse af behovets sværhedsgrad ved indgangen for et screenet barn',
    why: 'expert-report 3.4, modelforslag: screening mindsker sværhedsgraden ved indgangen med 5–15 %.',
  },
  offerConversionRate: {
    unit: 'andel af åbne kommunale § 108-tilbud (ikke højt specialiserede) pr. år',
    why: 'antagelse: kommuner omlægger § 108-tilbud til botilbudslignende tilbud, som er billigere for deres budget og ligger uden for anlægsloftet (expert-report §4, udgiftsdriver 13: pladserne i botilbudslignende tilbud voksede hurtigt, mens pladserne efter § 108 faldt; agreements §5.2 #5). Notaterne giver intet tal (udviklingen D3–D5 er tilbageholdt), så 0–5 % om året.',
  },
};
