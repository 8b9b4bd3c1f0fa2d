/**
 * Danish prose for the lever registry (see text.ts), keyed by lever id; the assumptions' Danish
 * prose is in text-da-assumptions.ts. Every number in a Danish text is the number of the English
 * text it translates (tests/models/levers/text-da.test.ts compares them), written the Danish way
 * (0,35; 28.000; mia. kr.). Source ids (`2.3`, `B6`, `M003-4`, `expert-report C9`, line references)
 * stay as in the English.
 *
 * Conventions: "2.1 lever" (the domain notes' modelling suggestion, "Lever [A]") is "2.1,
 * modelforslag"; "expert-report §4 driver 13" is "expert-report §4, udgiftsdriver 13"; quotations
 * from the report are in »…«.
 */
import type { LeverTextDa } from './text';
import { leverById } from './registry';

export { ASSUMPTION_TEXT_DA } from './text-da-assumptions';

// ── Shared pieces ─────────────────────────────────────────────────────────────

/** The baseline setting's default description (registry.ts `off()`). */
const OFF = 'Reglerne i dag (basisscenariet).';

const NUMBER_DA = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * The loan-pool amounts of a setting, in Danish notation ("2024: 0,2; 2025: 0,6"), read from the
 * setting's own knob values so the amounts are written only once (registry.ts `describePool`).
 */
function pool(leverId: string, settingId: string): string {
  const amounts = leverById(leverId)?.settings.find((s) => s.id === settingId)?.policy.loanPoolBn ?? {};
  return Object.entries(amounts)
    .map(([year, bn]) => `${year}: ${NUMBER_DA.format(bn)}`)
    .join('; ');
}

const REASON = {
  recoveryMethodEffect: 'Hvad en metode, der er taget i brug, gør for progressionen (+10–30 %).',
  methodInnovation: 'Bass-innovationsparameteren p (0,01–0,03 om året).',
  methodImitation: 'Bass-imitationsparameteren q (0,1–0,4 om året).',
  coreTaskQualityElasticity: 'Hvor meget progressionen stiger med mere tid til kerneopgaven (0,2–0,8).',
  standardTariffMarkupCut:
    'Den andel af spredningen i tillæg og af opjusteringerne, som sammenlignelige standardtakster fjerner (M000-1: 30–70 %).',
  transparencyPriceWeight: 'Hvor meget mere køberne vægter prisen, når taksterne er sammenlignelige (1,5–3 gange, antagelse).',
};

// ── Final report, chapter 2: adults and residential care ──────────────────────

const r2_1: LeverTextDa = {
  proposal:
    'Serviceloven omskrives, så kommunen blandt fagligt forsvarlige tilbud kan vælge det billigste, uden at økonomi nogensinde går forud for vurderingen af borgerens behov. Afgørelser skal inddrage borgerens netværk og sigte mod progression eller mod at bremse en forværring. I dag angives økonomi »meget sjældent« som begrundelse.',
  settings: {
    off: OFF,
    proposed:
      'Det billigste fagligt forsvarlige tilbud vælges i 60 % af afgørelserne (i dag 30–50 %), netværket erstatter 5 % af bostøttetimerne, og der kommer 10 % færre klager (2.1, modelforslag: 0,6–0,9; 0–10 %; −0–20 %).',
    strong:
      'Det billigste fagligt forsvarlige tilbud vælges i 85 % af afgørelserne, netværket erstatter 10 % af bostøttetimerne, og der kommer 20 % færre klager (den øvre ende af modelforslaget i 2.1).',
  },
  reasoning: {
    economyWeight:
      'Andelen af afgørelser, der i dag falder på det billigste fagligt forsvarlige tilbud (0,3–0,5): tiltagets gevinst er afstanden fra den til indstillingen.',
    serviceLevelSpread: 'Hvor meget de lokale serviceniveauer varierer: det råderum, en revideret lov giver kommunerne.',
  },
  claims: {
    spending:
      '2.1: påvirker alle fremtidige afgørelser og fører til færre udgiftsdrivende principafgørelser (linje 967–989); på lang sigt. Der angives intet beløb.',
    quality:
      '2.1: en helhedsbetragtning og fokus på progressionspotentiale. Modellen medtager kun økonomi- og netværksdelen: det billigste tilbud er pr. definition fagligt forsvarligt, så kvaliteten påvirkes kun gennem færre klager og sammensætningen af pladser.',
  },
};

const r2_2: LeverTextDa = {
  proposal:
    'Klarere grænser skrives ind i nye love, de 9 principafgørelser fra Ankestyrelsen, som bilag D peger på, gennemgås, og loven ændres, så udgiftsdrivende udvidelser neutraliseres. Ministeriet indtræder i Dialogforum, der kan kommentere en principafgørelse, før den offentliggøres; Ankestyrelsen forbliver uafhængig. At kompensere kommunerne for afgørelserne (DUT) i stedet ligger uden for udvalgets kommissorium.',
  settings: {
    off: 'I dag: udgiftsdrivende principafgørelser kommer med ca. 0,9 om året (G9) og forbliver i kraft.',
    proposed:
      'Loven neutraliserer de 9 udpegede principafgørelser (G9; i modellen de tidligste afgørelser simuleret siden 2018), klarere grænser og Dialogforum halverer hyppigheden af nye (2.2, modelforslag: λ × 0,3–0,7), og der kommer 15 % færre klager (−10–30 %).',
    dialogue_only:
      'Ingen tilbagerulning: klarere nye love og ministeriet i Dialogforum sænker hyppigheden af nye udgiftsdrivende principafgørelser med 30 % (λ × 0,7).',
    strong:
      'Tilbagerulning af de 9 principafgørelser, nye udgiftsdrivende afgørelser med 30 % af hyppigheden i dag og 30 % færre klager (den øvre ende af modelforslaget i 2.2).',
    dut_instead:
      'Ikke foreslået (uden for kommissoriet), til sammenligning: afgørelserne består, og staten kompenserer kommunerne for udgifterne (DUT).',
  },
  reasoning: {
    rulingsPerYear:
      'Hyppigheden af udgiftsdrivende principafgørelser i dag (λ ≈ 0,9 om året, 0,6–1,2): det, som en lavere hyppighed og en tilbagerulning undgår.',
    rulingReachMax: 'Den andel af en målgruppe, som hver afgørelse rammer (op til 5–15 %).',
    rulingUpliftMax: 'Udgiftsstigningen ved én afgørelse for dem, den rammer (op til 15–25 %, G10).',
  },
  claims: {
    spending: '2.2, G9: en tilbagerulning undgår »betydelige varige udgifter, potentielt flere milliarder« (linje 975–977).',
    quality:
      '2.2: mindre konflikt og retsusikkerhed, færre klager (linje 1815–1825). I modellen hæver principafgørelser udgiften til hjælpen, ikke dens virkning på funktionsniveauet, så kvaliteten påvirkes kun gennem færre klager (mere tid til kerneopgaven).',
  },
};

const r2_3: LeverTextDa = {
  proposal:
    'Der sikres tilstrækkeligt med offentlige pladser til borgere med særligt komplekse behov og udadreagerende adfærd, planlagt i fællesskab gennem rammeaftalerne og KKR sammen med den nationale koordinationsstruktur, eventuelt i en mere bindende form; egne pladser virker som prisanker. Udvalget beder om, at et takstloft for målgruppen undersøges, og at en forlængelse af lånepuljen fra 2024 overvejes. Målet er »pris = den lavest mulige omkostning for den nødvendige kvalitet«.',
  settings: {
    off: 'I dag: rammeaftaler, der ikke er bindende; koordinationsniveauet trækkes fra 0,1–0,4.',
    proposed:
      'Fælles kapacitetsplanlægning for målgruppen med særligt komplekse behov på koordinationsniveau 0,6 (i dag ≈ 0,25; 2.3, modelforslag: 0 = gratistadfærd, 1 = KKR bygger til hele behovet).',
    with_cap_and_pool: `Som foreslået, plus et loft over taksterne i det komplekse segment på den offentlige referenceomkostning + 10 % (2.3, modelforslag: + 0–20 %) og en forlænget lånepulje (mia. kr.: ${pool('r2_3', 'with_cap_and_pool')}).`,
    strong: `Næsten bindende planlægning (koordinationsniveau 0,9), et loft på referencen + 5 % og den forlængede lånepulje (mia. kr.: ${pool('r2_3', 'strong')}).`,
  },
  reasoning: {
    coordinationLevel: 'Hvor bindende koordinationen er i dag (0,1–0,4): det foreslåede niveau sammenlignes med det.',
    complexMarkupMax:
      'Det tillæg, private leverandører opnår på tynde markeder for komplekse behov (20–60 %): det, som flere offentlige pladser og et loft fjerner.',
    buildPropensity: 'Hvor villigt en kommune bygger, når det kan betale sig (0,3–0,8).',
    capexPerPlace: 'Anlægsudgiften pr. plads (1,5–3 mio. kr.): hvor langt en lånepulje rækker.',
    loanPoolBuildBoost: 'Ekstra sandsynlighed for at bygge med en låneramme fra lånepuljen (0,1–0,5).',
  },
  claims: {
    spending:
      '2.3: et bedre udbud giver priskontrol; markedet i dag »kan ikke forventes at fungere« for denne målgruppe (linje 2785–2791). Mellemlang til lang sigt; et loft kunne virke hurtigere.',
    quality: '2.3: bedre livskvalitet for målgruppen og tryghed for medbeboere og medarbejdere (linje 2607–2827).',
  },
};

const r2_4: LeverTextDa = {
  proposal:
    'Dagens omkostningsbaserede, »vejledende« og forhandlede takster erstattes af et standardiseret system: en gennemsigtig sammenhæng mellem pris og ydelse, sammenlignelige tilbud, justering for kompleksitet, plads til lofter og centralt fastsatte vejledende niveauer samt incitamenter til progression. Kommunernes egen drift bruges som prisreference, og data samles nationalt; de mindste og mest komplekse målgrupper reguleres særskilt.',
  settings: {
    off: 'I dag: omkostningsbaserede, forhandlede og uigennemsigtige takster.',
    proposed:
      'En standardiseret takstmodel: private leverandørers knaphedstillæg halveres (forslag i agreements M000-1: spredning −30–70 %), og opjusteringen af komplekse sager halveres.',
    with_cap:
      'Standardmodellen plus et loft over taksterne i det komplekse segment på den offentlige referenceomkostning + 10 % (2.4: »plads til lofter«).',
  },
  reasoning: {
    standardTariffMarkupCut: REASON.standardTariffMarkupCut,
    transparencyPriceWeight: REASON.transparencyPriceWeight,
    generalMarkupMax:
      'Knaphedstillægget i det almindelige segment (3–20 %), som halveres med sammenlignelige takster (forslag i M000-1: spredning −30–70 %; modellen bruger 50 %).',
    privateUpcodingPerYear:
      'Hvor ofte private leverandører hæver prisen for beboere med komplekse behov (0,05–0,3 om året); standardiserede pakker halverer det.',
    complexMarkupMax: 'Det tillæg, som uigennemsigtighed giver plads til på tynde markeder (20–60 %).',
  },
  claims: {
    spending: '2.4: rimelig prisdannelse og konkurrence på pris og effekt; udformningen er ikke fastlagt (linje 644–647).',
    quality:
      '2.4: incitamenter til progression og mod tilbagegang. Modellen har ingen progressionsbonus i taksterne: kvaliteten påvirkes kun gennem sammensætningen af de tilbud, der købes.',
  },
};

const r2_5: LeverTextDa = {
  proposal:
    'Botilbudslignende tilbud i almene boliger undersøges over for pladser efter § 107/§ 108 (hvad der driver etableringen, de langsigtede udgifter, midlertidige botilbudslignende tilbud, fleksibel fraflytning), og kommunerne vejledes allerede nu om fleksibel anvendelse. Grundårsagen er, at botilbudslignende boliger ligger uden for anlægsloftet, mens pladser efter serviceloven ligger inden for, hvilket tilskynder til længerevarende lejemål selv ved midlertidige behov. Udvalget advarer om, at en lempelse af loftet kan øge de offentlige udgifter.',
  settings: {
    off: 'I dag: pladser efter § 107/§ 108 tæller med under anlægsloftet, botilbudslignende boliger gør ikke.',
    proposed:
      'Botilbudslignende boliger tæller med under anlægsloftet ligesom pladser efter § 107/§ 108 (fjerner skævheden, expert-report §4, udgiftsdriver 13), med 50 % mere plads under loftet til botilbudspladser, så den samlede ramme ikke beskæres (antagelse), og fleksibel fraflytning: en beboer i et længerevarende tilbud, hvis behov er faldet, flytter til lettere hjælp ved 15 % af revurderingerne i stedet for 5 % (2.5, modelforslag: 0,1–0,3).',
    equal_footing: 'Botilbudslignende boliger tæller med under anlægsloftet, uden ekstra plads under loftet.',
    loosen_ceiling:
      'Pladsen under anlægsloftet til pladser efter § 107/§ 108 øges med 50 % (antagelse). I modellen ændrer det alene intet: kommunerne vælger botilbudslignende boliger, fordi de er billigere for kommunens budget, ikke fordi loftet binder.',
  },
  reasoning: {
    ceilingRoomPerInhabitant:
      'Hvor meget plads under anlægsloftet en kommune i dag giver botilbudspladser (60–250 kr. pr. indbygger om året).',
    botilbudLikeBudgetShare:
      'Den del af anlægsudgiften til en botilbudslignende plads, der belaster kommunens budget (10–25 %): derfor er den det billigere valg.',
    mismatchCostUplift: 'Merudgiften, når et midlertidigt behov dækkes på en længerevarende plads (0–30 %).',
    offerConversionRate:
      'Hvor mange kommunale § 108-tilbud der hvert år omlægges til botilbudslignende boliger, så længe de ligger uden for loftet (0–5 %): det, som lige vilkår under loftet stopper.',
  },
  claims: {
    spending:
      '2.5: bedre udnyttelse af kapaciteten på kort sigt og en afbalanceret sammensætning på lang sigt, men en lempelse af loftet kan øge de offentlige udgifter (linje 3128–3148).',
    quality: '2.5: færre midlertidige behov i længerevarende lejemål og dermed bedre match (linje 3064–3073).',
  },
  modelNote:
    'Modsat fortegn i modellen (testet): lige vilkår under loftet får kommunerne til at bygge færre pladser, fordi en plads efter § 107/§ 108 stadig belaster kommunens budget med hele anlægsudgiften, mens en botilbudslignende plads kun kræver grundkapital; hullet fyldes af ventetid og dyrere pladser andre steder, og udgifterne stiger. Rapporten forventer, at kommunerne i stedet bygger midlertidige pladser, hvilket også ville kræve en ændret finansiering af pladser efter § 107/§ 108 (ikke en politikknap i modellen).',
};

const r2_6: LeverTextDa = {
  proposal:
    'Flere pladser gøres fleksible (kan bruges efter både § 107 og § 108), der skabes hjemmel til målrettede botilbud, og adgangen til flytning uden samtykke udvides til alle under værgemål. Familieretshuset vejledes om § 129, og barriererne for intensiv bostøtte kortlægges.',
  settings: {
    off: 'I dag: 5–10 % fleksible pladser; flytning uden samtykke ≈ 400 om året for 28.000 beboere (C10).',
    proposed:
      '30 % fleksible pladser (i dag ≈ 7 %; 2.6, modelforslag: 20–50 %) og dobbelt så mange flytninger uden samtykke af fejlplacerede beboere (1,4 % → 2,8 % om året; modelforslag: + 50–200 %).',
    strong: '50 % fleksible pladser og tre gange så mange flytninger uden samtykke (4,2 % om året).',
  },
  reasoning: {
    mismatchCostUplift: 'Hvad en fejlplacering koster (0–30 % af taksten): det, et bedre match sparer.',
    mismatchProgressionPenalty: 'Den progression, der går tabt på en plads, som ikke passer til borgeren (15–50 %).',
    mismatchEscalationPerYear: 'Den årlige risiko for, at en fejlplaceret beboer eskalerer til en dyrere sag (0,05–0,25).',
  },
  claims: {
    spending:
      '2.6: bedre match og udnyttelse af kapaciteten (linje 3186–3190), men i frikommuneforsøget steg udgiften pr. flyttet borger en smule (C11).',
    quality: '2.6: bedre match mellem borger og botilbud.',
  },
};

const r2_7: LeverTextDa = {
  proposal:
    'Magtanvendelsesreglerne revideres inden for fem temaer: velfærdsteknologi i stedet for konstant tilstedeværelse af personale, aflåsning af farlige genstande, aflåsning af døre til udearealer, flytning uden samtykke og lettere dokumentation (fx gentagen brug af bælte, der skal registreres minut for minut). Et lovforslag var i høring i februar 2024.',
  settings: {
    off: OFF,
    proposed:
      'Dokumentation og registrering af magtanvendelse tager 10 % mindre af medarbejdernes tid (2.7, modelforslag: −0,5 til −3 procentpoint af en dokumentationsandel på 12–25 %).',
    strong: 'Dokumentationstiden −17 % (≈ −3 procentpoint af en andel på 18 %).',
  },
  reasoning: {
    documentationShare:
      'Den andel af medarbejdernes tid, der i dag går til dokumentation (12–25 %): grundlaget for reduktionen.',
    coreTaskQualityElasticity: REASON.coreTaskQualityElasticity,
  },
  claims: {
    spending:
      '2.7: »økonomisk hensigtsmæssigt« (linje 3541–3547), intet beløb. I modellen går den frigjorte tid til omsorg; udgifterne falder kun i det omfang, borgerne får fremgang.',
    quality: '2.7: mere omsorg, tryghed og privatliv; frigør medarbejdertid (linje 3441–3447).',
  },
};

const r2_8: LeverTextDa = {
  proposal:
    'Det undersøges, hvordan en tryg og i nogle tilfælde hurtigere overgang til et selvstændigt liv efter et ophold på krisecenter kan understøttes, fx med hjælp til en bolig. Ophold efter selvmøderprincippet: krisecentrets leder træffer beslutning om optagelse og udskrivning, og kommunen betaler med 50 % statsrefusion. Hænger sammen med første rapports takstloft på områder med selvmøderprincip (d1_7).',
  settings: {
    off: 'I dag: 87 dage i gennemsnit (E2); knap hvert femte ophold varer over 6 måneder (E4).',
    proposed:
      'Den del af opholdet, der ligger efter den akutte fase (venten på bolig eller udslusningsstøtte), forkortes med 20 % (2.8, modelforslag: −0–40 %).',
    strong: 'Delen efter den akutte fase forkortes med 40 %.',
  },
  reasoning: {
    crisisAcuteMonths: 'Længden af den akutte fase (0,8–1,6 måneder), som tiltaget ikke forkorter.',
    crisisHousingWaitShare:
      'Andelen af kvinder, der venter på en bolig, før de kan flytte (35–55 %): dem, hvis ophold forkortes.',
  },
  claims: {
    spending: '2.8: færre unødigt lange ophold (linje 3549–3650); mellemlang sigt, efter en undersøgelse.',
    quality:
      '2.8: en hurtigere og tryg tilbagevenden til et selvstændigt liv og normal skolegang for børnene. Modellen medtager ikke risikoen ved forhastede udflytninger (2.8, modelforslag: fornyet voldsudsathed + 0–5 %).',
  },
};

// ── Final report, chapter 3: prevention and youth ─────────────────────────────

const r3_1: LeverTextDa = {
  proposal:
    'Én afgørelse skal kunne dække fire forebyggende indsatser efter barnets lov § 32 (støtte i hjemmet, kontaktperson, familiebehandling, anden hjælp), så skift mellem dem ikke kræver en ny afgørelse eller partshøring. Ordningen bygger på samtykke, er frivillig for kommunerne og tager udgangspunkt i forsøgene i Ikast-Brande.',
  settings: {
    off: OFF,
    proposed: '60 % af kommunerne bruger den fleksible afgørelse (antagelse; den er frivillig).',
    strong: 'Alle kommuner bruger den.',
  },
  reasoning: {
    childToAdultTransition:
      'Andelen af anbragte unge og unge i efterværn, der senere får brug for indsatser som voksne (0,2–0,4): den tilgang, som tidligere hjælp mindsker.',
    preventionFlexibilityEffect: 'Hvor meget den senere tilgang til voksenområdet falder ved fuld anvendelse (2–8 %, antagelse: rapporten angiver intet beløb).',
  },
  claims: {
    spending: '3.1: kortere og bedre sagsforløb og mindre administration (linje 3763–3838); intet beløb.',
    quality: '3.1: kortere ventetid og hjælp, der følger barnets behov.',
  },
  modelNote:
    'Modellen medtager kun den senere virkning (færre, der kommer ind i voksenområdet), ikke kortere ventetid eller bedre forløb for børnene; dens kvalitetsindikatorer er gennemsnit over modtagerne og kan falde en smule, fordi de, der holdes ude af voksenområdet, ville have fået fremgang (se r3_2).',
};

const r3_2: LeverTextDa = {
  proposal:
    'Ungestøtten efter barnets lov § 114 udvides med bolig (plads på ventelisten til en almen bolig fra 15 år, Housing First), kobling til uddannelse og job og netværk, fx fritidsstøtte. De eksisterende midler skal bruges bedre, uden ekstra finansiering.',
  settings: {
    off: 'I dag: omkring halvdelen af de berettigede unge modtager efterværn (I3–I4).',
    proposed:
      'Støtte til overgangen med halv styrke: risikoen for, at tidligere anbragte unge kommer ind i voksenområdet, −5 % ved den centrale antagelse (3.2, modelforslag: −5–15 % ved fuld støtte).',
    strong: 'Fuld støtte til overgangen: risikoen −10 % ved den centrale antagelse (5–15 %).',
  },
  reasoning: {
    childToAdultTransition:
      'Andelen af tidligere anbragte unge, der senere får brug for sociale indsatser som voksne (0,2–0,4): den tilgang, tiltaget mindsker.',
    aftercareTakeUp: 'Andelen af berettigede unge, der modtager efterværn (0,4–0,6, I4).',
    transitionSupportEffect: 'Hvor meget risikoen for at komme ind i voksenområdet falder ved fuld støtte (5–15 %, 3.2, modelforslag).',
  },
  claims: {
    spending:
      '3.2 beder ikke om ekstra finansiering; at færre senere kommer ind i voksenområdet, er denne models antagelse (3.2, modelforslag: −5–15 %).',
    quality:
      '3.2: bedre overgange; uden dem er der højere risiko for ledighed, misbrug, kriminalitet og hjemløshed (linje 3946–3950).',
  },
  modelNote:
    'Modellens kvalitetsindikatorer (andel med fremgang, gennemsnitlig livskvalitet) er gennemsnit over modtagerne: når unge holdes ude af voksenområdet, forsvinder personer, hvis hjælp ville have forbedret deres funktionsniveau, så gennemsnittene falder en smule, selv om ingen får det dårligere. Modellen har intet udfaldsmål for unge, der forlader systemet (expert-report §5, »udfald for unge«).',
};

const r3_3: LeverTextDa = {
  proposal:
    'Der oprettes en statslig resultatbetalingsfond, som udbetaler statens budgetgevinster til kommunerne, når forud aftalte resultater nås, fx at unge kommer ud af hjemløshed; det løser problemet med, at gevinsten lander i »den forkerte kasse«. Der startes med velafprøvede indsatser, som evalueres, og forsøget skal være udgiftsneutralt.',
  settings: {
    off: OFF,
    proposed: 'Fonden videregiver halvdelen af statens gevinster (3.3, modelforslag: andel s 0–1): afprøvede metoder udbredes hurtigere.',
    strong: 'Alle statens gevinster videregives.',
  },
  reasoning: {
    outcomesFundInnovationEffect:
      'Hvor meget hurtigere kommunerne tager afprøvede metoder i brug, når fonden betaler (relativ stigning på 0–1 ved fuld videregivelse).',
    recoveryMethodEffect: REASON.recoveryMethodEffect,
  },
  claims: {
    spending:
      '3.3: forsøget skal være udgiftsneutralt (linje 4201–4366). Selve udbetalingerne er overførsler mellem stat og kommuner og bogføres ikke i modellen.',
    quality: '3.3: løser »forkerte kasse«-problemet, der holder forebyggelse tilbage (expert-report §4, udgiftsdriver 19).',
  },
};

const r3_4: LeverTextDa = {
  proposal:
    'Der opbygges langsigtet, praksisnær evidens om forebyggelse gennem forskningsstrategien, og eksisterende viden udbredes allerede nu via social.dk og de nationale programmer (screening, Cool Kids, KLAPjob).',
  settings: {
    off: OFF,
    proposed:
      'Virksomme metoder udbredes 25 % hurtigere (Bass p og q × 1,25; 3.4, modelforslag: evidensbaseret andel + 1–3 procentpoint om året), og halvdelen af de børn, der kommer ind, screenes (behovets sværhedsgrad ved indgangen −10 % for dem ved den centrale antagelse).',
    strong: 'Metoderne udbredes 50 % hurtigere, og alle børn, der kommer ind, screenes.',
  },
  reasoning: {
    methodInnovation: REASON.methodInnovation,
    methodImitation: REASON.methodImitation,
    recoveryMethodEffect: REASON.recoveryMethodEffect,
    screeningSeverityCut: 'Hvor meget behovets sværhedsgrad falder ved indgangen for et screenet barn (5–15 %, 3.4, modelforslag).',
  },
  claims: {
    spending: '3.4 angiver ingen udgiftsvirkning; lang sigt.',
    quality: '3.4: mere virksom forebyggende hjælp (linje 4367–4481).',
  },
  modelNote:
    'Modellen har én beholdning af metodeudbredelse pr. kommune, som virker på voksnes progression; viden om forebyggelse for børn udbredes gennem den. Screening mindsker sværhedsgraden af børns behov ved indgangen (3.4, modelforslag: 5–15 %); forslagets forsinkelse på 2–10 år overlades til startåret.',
};

// ── Final report, chapter 4: simpler rules and supervision ────────────────────

const r4_1: LeverTextDa = {
  proposal:
    'Regler, procedurer og kriterier for borgerstyret personlig assistance (BPA) og tabt arbejdsfortjeneste (TAF) forenkles, og en »positivliste« over hjælpemidler, der udleveres uden visitation, undersøges. I dag er områderne præget af tung administration og mange klager.',
  settings: {
    off: OFF,
    proposed: '20 % færre klager (4.1, modelforslag: −10–30 %) og 5 % mindre tid til dokumentation.',
    strong: '30 % færre klager og 10 % mindre tid til dokumentation.',
  },
  reasoning: {
    documentationShare: 'Medarbejdernes dokumentationsandel (12–25 %), grundlaget for reduktionen.',
    coreTaskQualityElasticity: REASON.coreTaskQualityElasticity,
  },
  claims: {
    spending: '4.1: mindre administration; den dæmpende virkning på udgiftsvæksten er »overvejende langsigtet« (linje 1040–1046).',
    quality:
      '4.1: mindre administration, mere tillid og mindre konflikt. BPA og TAF indgår delvis som aggregater i modellen: tiltaget virker kun gennem klager og medarbejdernes tid.',
  },
};

const r4_2: LeverTextDa = {
  proposal:
    'Kvalitetsmodellen med skalaen 1–5 erstattes af en binær vurdering (godkendt/ikke godkendt), tilbuddene besøges efter risiko i stedet for mindst én gang om året, anbefalinger gives mundtligt og sanktioner skriftligt, og de takstfinansierede tilsynsudgifter reduceres »markant«. Whistleblowerordningen og Tilbudsportalen styrkes. Udvalget peger på risikoen for, at tilbud af dårlig kvalitet opdages for sent.',
  settings: {
    off: 'I dag: kvalitetsmodellen med skalaen 1–5 (gennemsnit 4,4, H4) og mindst ét tilsynsbesøg om året (H2).',
    proposed:
      'Binær vurdering og risikobaserede besøg, i gennemsnit 0,5 om året (4.2, modelforslag: 0,3–0,6), tilbud med lav score først; ingen jagt på høj score (H5) og ingen skriftlige anbefalinger.',
    binary_only: 'Binær vurdering; besøgene forbliver på ét om året.',
    strong: 'Binær vurdering og i gennemsnit 0,3 besøg om året.',
  },
  reasoning: {
    binarySupervisionSaving: 'Den andel af tilsynstakster og besøgsudgifter, som en enklere model sparer (15–50 %).',
    scoreChasingDrift:
      'Den årlige udgiftsvækst hos de 28 % af tilbuddene, der jagter en højere score (0,5–2 %), og som en binær vurdering afskaffer.',
    recommendationCostShare: 'Udgiften til at gennemføre anbefalinger (1–4 % af et års udgift, heraf en fjerdedel varigt, H6).',
  },
  claims: {
    spending:
      '4.2: lavere direkte og afledte udgifter, mindre »overimplementering« (linje 5177–5195; grundlag B24–B26); kort sigt.',
    quality:
      '4.2: mere lokalt råderum og mere tid med borgerne, men tilbud af dårlig kvalitet kan blive opdaget for sent (linje 5177–5195). Sanktioner og lukninger ved dårlig kvalitet er endnu ikke modelleret.',
  },
};

// ── Final report, chapter 5: research, data, knowledge ────────────────────────

const r5_1: LeverTextDa = {
  proposal:
    'Forskningen på voksenområdet kortlægges, og der oprettes en fireårig praksisnær forskningspulje med 5–10 ph.d.-stipendier. Ifølge udvalget er det ikke udgiftsneutralt: en midlertidig merudgift, hvis størrelse ikke er angivet.',
  settings: {
    off: OFF,
    proposed:
      'Fra standardstartåret (2030, når de første resultater kommer: 5.1, modelforslag: »effekter efter 5–10 år«) udbredes virksomme metoder 25 % hurtigere.',
    strong: 'Metoderne udbredes 50 % hurtigere, når resultaterne kommer.',
  },
  reasoning: {
    methodInnovation: REASON.methodInnovation,
    recoveryMethodEffect: REASON.recoveryMethodEffect,
  },
  claims: {
    spending:
      '5.1: ikke udgiftsneutralt, en midlertidig merudgift (linje 5551–5558); beløbet er ikke angivet (til sammenligning J5: 200 mio. kr. over 4 år).',
    quality: '5.1: mere og bedre evidens for, hvad der virker.',
  },
  modelNote:
    'Puljens egen udgift (antagelse: 25–60 mio. kr. om året i 4 år) er forskningsmidler uden for områdets driftsudgifter og bogføres ikke, så modellen viser kun den senere virkning af ny viden og ikke rapportens midlertidige merudgift.',
};

const r5_2: LeverTextDa = {
  proposal:
    'Der opbygges sammenlignelige data om udgifter og aktivitet på individniveau, data deles, og kommunikationen foregår digitalt. Selve strategien er udgiftsneutral, men implementeringen kræver finansiering. Bedre data er forudsætningen for, at det nye takstsystem og kapacitetsstyringen virker.',
  settings: {
    off: OFF,
    proposed:
      'Halvdelen af strategien er gennemført: KKR ser mangel på pladser tidligere og lukker 5–25 % af afstanden til bindende fælles planlægning (antagelse dataSteeringEffect 0,1–0,5 × 0,5).',
    strong: 'Hele strategien: 10–50 % af afstanden lukkes.',
  },
  reasoning: {
    dataSteeringEffect: 'Den andel af afstanden til bindende planlægning, som fulde styringsdata lukker (0,1–0,5).',
    coordinationLevel: 'Koordinationen i dag (0,1–0,4): den afstand, data kan lukke.',
  },
  claims: {
    spending: '5.2: strategien er udgiftsneutral, men implementeringen kræver finansiering (linje 5607–5690).',
    quality: 'Kapacitet til komplekse behov på det rette tidspunkt betyder færre fejlplaceringer (antagelse).',
  },
};

const r5_3: LeverTextDa = {
  proposal:
    'Der udgives forskningsoversigter, forskning »oversættes« til praksis, og medarbejderne opkvalificeres gennem seminarer og videnmæglere, finansieret ved omprioritering.',
  settings: {
    off: OFF,
    proposed: 'Bass-innovation og -imitation + 50 % (5.3, modelforslag: + 25–100 %).',
    strong: 'Bass-innovation og -imitation fordobles (+ 100 %).',
  },
  reasoning: {
    methodInnovation: REASON.methodInnovation,
    methodImitation: REASON.methodImitation,
    recoveryMethodEffect: REASON.recoveryMethodEffect,
  },
  claims: {
    spending:
      '5.3: finansieres ved omprioritering (linje 5725–5887). Udgifterne kan falde senere, i det omfang borgerne får fremgang (antagelse).',
    quality: '5.3: virksomme metoder anvendes mere bredt.',
  },
};

// ── Final report, chapter 6: progression and quality of life ──────────────────

const r6_1: LeverTextDa = {
  proposal:
    'Omstillingen til recovery-orienteret rehabilitering fortsætter på hele voksensocialområdet: otte principper, beskæftigelse som mål og middel, strategisk og organisatorisk forandring og kompetenceudvikling. Den får ingen varig finansiering, fordi den ikke er et højere serviceniveau. Op til 60 % af personer med psykiske vanskeligheder kan komme sig helt eller delvist (J1).',
  settings: {
    off: 'I dag: kun de tidlige kommuner; udbredelsen går langsomt (Bass p 0,01–0,03, q 0,1–0,4).',
    proposed:
      'Kommunerne tager tilgangen i brug dobbelt så hurtigt (innovation × 2) og når de fleste inden for 5–15 år (6.1, modelforslag: logistisk udbredelse over 5–15 år).',
    strong: 'Udbredelsen går tre gange så hurtigt (innovation × 3).',
  },
  reasoning: {
    recoveryMethodEffect: 'Den relative stigning i sandsynligheden for fremgang ved fuld udbredelse (+10–30 %, 6.1, modelforslag).',
    methodInnovation: 'Bass-innovationsparameteren p (0,01–0,03 om året), som tiltaget ganger op.',
    methodImitation: REASON.methodImitation,
  },
  claims: {
    spending: '6.1: bedre progression mindsker behovet for hjælp (linje 6210–6215); lang sigt.',
    quality: '6.1: mere selvstændighed og livskvalitet (linje 6081–6105; J1, J2).',
  },
};

const r6_2: LeverTextDa = {
  proposal:
    'Der indsamles erfaringer med standardiserede mål for progression, stabilt funktionsniveau, forværring og livskvalitet ved siden af individuelle mål. Målinger på individniveau er i starten meget usikre, så der startes med gennemsnit for grupper.',
  settings: {
    off: OFF,
    proposed:
      'Målene bruges af halvdelen af tilbuddene: den observerede kvalitetsscore får 10–30 % mindre støj (antagelse measurementNoiseCut 0,2–0,6 × 0,5), så køberne vælger bedre tilbud.',
    strong: 'Målene bruges overalt: 20–60 % mindre støj.',
  },
  reasoning: {
    measurementNoiseCut: 'Den andel af støjen i den observerede kvalitet, som målene fjerner ved fuld anvendelse (0,2–0,6).',
  },
  claims: {
    spending: '6.2 foreslår at indsamle erfaringer; der påstås eller modelleres ingen udgiftsvirkning ud over valget af tilbud.',
    quality:
      'Bedre observeret kvalitet styrer visitationen mod bedre tilbud (antagelse); rapporten ser målene som en forudsætning for resultatbaserede takster (2.4).',
  },
};

// ── Instruments of the agreements ─────────────────────────────────────────────

const loanPool: LeverTextDa = {
  proposal:
    'Staten låner kommunerne penge på gunstige vilkår til at bygge egne botilbudspladser »for at understøtte en mere rimelig prisdannelse«: 0,2, 0,6 og 0,7 mia. kr. i 2024, 2025 og 2026 (ØA24). Den endelige rapport (2.3) spørger, om puljen skal forlænges. Rente, løbetid og fordeling er ikke angivet; modellen fordeler efter befolkning til 1 % over 30 år (antagelse).',
  settings: {
    off: 'Ingen lånepulje (reglerne før ØA24).',
    agreed_2024: `De aftalte beløb, mia. kr.: ${pool('loan_pool', 'agreed_2024')} (agreements 000 l.889-895).`,
    renewed: `De aftalte beløb og 0,7 mia. kr. om året 2027–2030 (antagelse: niveauet fra 2026 videreføres), mia. kr.: ${pool('loan_pool', 'renewed')}.`,
    larger: `Det dobbelte af de forlængede beløb, mia. kr.: ${pool('loan_pool', 'larger')}.`,
  },
  reasoning: {
    loanPoolBuildBoost: 'Ekstra sandsynlighed for at bygge for en kommune med en låneramme (0,1–0,5).',
    capexPerPlace: 'Anlægsudgiften pr. plads (1,5–3 mio. kr.): hvor mange pladser en milliard rækker til.',
    ceilingRoomPerInhabitant: 'Den plads under anlægsloftet, som puljen lægges oven i (60–250 kr. pr. indbygger om året).',
    buildLagYears: 'År fra beslutning til åbning af pladserne (1–3).',
  },
  claims: {
    spending:
      'agreements 000 l.889-895: »for at understøtte en mere rimelig prisdannelse«; egne pladser virker som prisanker (2.3). Der angives intet beløb.',
    quality: 'Flere pladser giver kortere ventetid og færre fejlplaceringer (antagelse).',
  },
};

const tariffCapSelfReferral: LeverTextDa = {
  proposal:
    'Der indføres et loft over taksterne på områder med selvmøderprincip, hvor tilbuddet selv optager borgeren, og kommunen kun betaler: krisecentre for kvinder (§ 109) og forsorgshjem (§ 110). Vedtaget i økonomiaftalen for 2024; loftets niveau er ikke angivet. I modellen er loftet et tillæg til den nationale offentlige referenceomkostning for ydelsen, og driftsherren bærer en eventuel overskridelse.',
  settings: {
    off: 'Intet loft: faste, omkostningsbaserede takster fastsat af driftsherren (D12).',
    proposed:
      'Taksterne højst 5 % over den offentlige referenceomkostning (første rapports anbefaling 7: reference × (1 + 0–10 %)).',
    at_reference: 'Taksterne højst på niveau med den offentlige referenceomkostning.',
    loose: 'Taksterne højst 10 % over referencen.',
  },
  reasoning: {
    fixedCostShare:
      'Den andel af udgiften, der ikke falder med belægningen (20–40 %): hvor meget taksterne på halvtomme krisecentre overstiger referencen.',
    selfReferralEntryRate:
      'Hvor villigt driftsherrer åbner krisecentre (0,2–0,8 pr. region om året ved 10 % afviste); et loft ændrer ikke etableringen i modellen.',
  },
  claims: {
    spending:
      'Første rapports anbefaling 7 (expert-report §3.B; agreements M002-2): den, der betaler, er ikke den, der visiterer; forsorgshjem og krisecentre + 0,6 mia. kr. 2018–22 (B11).',
    quality:
      'Leverandørerne kan skære i omkostninger eller kvalitet (expert-report §3.B, modelforslag); modellen sænker ikke kvaliteten på krisecentre under loftet.',
  },
};

const tariffCapComplex: LeverTextDa = {
  proposal:
    'Der indføres et loft over taksterne i specialiserede og højt specialiserede botilbud, hvor én eller få leverandører står over for mange købere, og der opstår en nærmest monopolagtig prisdannelse. Den endelige rapport beder om, at et sådant loft undersøges for borgere med særligt komplekse behov (2.3), og om plads til lofter i det nye takstsystem (2.4). I modellen er loftet et tillæg til den offentlige referenceomkostning for samme ydelse og specialisering.',
  settings: {
    off: 'Intet loft: taksterne er omkostningsbaserede eller, for private leverandører, omkostninger plus et knaphedstillæg.',
    proposed: 'Taksterne højst 10 % over den offentlige referenceomkostning (2.3, modelforslag: reference × (1 + 0–20 %)).',
    strict: 'Højst 5 % over referencen.',
    loose: 'Højst 20 % over referencen.',
  },
  reasoning: {
    complexMarkupMax: 'Knaphedstillægget på markeder for komplekse behov (20–60 %), som loftet begrænser.',
    privateUpcodingPerYear:
      'Individuelle prisstigninger for beboere med komplekse behov (0,05–0,3 om året) ligger uden for pladstaksten og er ikke omfattet af loftet.',
  },
  claims: {
    spending: '2.3: »pris = den lavest mulige omkostning for den nødvendige kvalitet«; et loft kunne virke hurtigere end ny kapacitet.',
    quality:
      'Leverandører under loftet kan sænke kvaliteten eller forlade markedet (ufuldstændige kontrakter, expert-report §4, udgiftsdriver 10); i modellen forlader leverandører under loftet ikke markedet.',
  },
};

const alternativeOfferLimit: LeverTextDa = {
  proposal:
    'Der sættes en grænse for, hvor meget mere et tilbud, borgeren selv vælger, må koste end det tilbud, kommunen har visiteret til. I dag accepterer praksis 20–25 % som »ikke væsentligt dyrere« (G10); handicapaftalen fra 2024 satte grænsen til 0 % (M000-4); lovforslag L 202 (2024–25) foreslog 10 %.',
  settings: {
    off: 'I dag: 20–25 % merudgift accepteres i praksis (G10); modellen bruger 22,5 %.',
    agreed_2024: 'Ingen merudgift tilladt (agreements M000-4: »merudgiften skal være 0 %«).',
    bill_l202: 'Højst 10 % merudgift (lovforslag L 202, 2024–25; uden for rapporten).',
  },
  reasoning: {
    ownPlacePreference:
      'Hvor stærkt køberne foretrækker egne pladser (0,4–0,8): afstanden mellem det visiterede tilbud og borgerens valg.',
  },
  claims: {
    spending:
      'M000-4: alternative tilbud må ikke koste mere; M002-1 »alternative tilbud må ikke koste mere«. I modellen er virkningen lille: ca. 10 % af visitationerne omfatter et ønske om et alternativt tilbud (antagelse), og mange af dem koster ikke mere end det visiterede tilbud.',
    quality:
      'Færre borgere får det tilbud, de foretrækker, ofte det med den bedste score (antagelse: i modellen er alternativet det nærliggende tilbud med den bedste score).',
  },
};

const reimbursementScheme: LeverTextDa = {
  proposal:
    'Via den centrale refusionsordning refunderer staten 25 % af en sags årlige udgift mellem 0,86 og 1,68 mio. kr., 50 % op til 2,12 mio. kr. og 75 % derover (siden 2021; før højst 50 %). Tærskler og satser er instrumenter i aftalerne mellem staten og kommunerne; ingen af rapporterne foreslår en ændring. I modellen flytter refusionen udgifter mellem staten og kommunerne; den ændrer ikke afgørelserne.',
  settings: {
    off: 'Reglerne i dag: 25/50/75 % over 0,86/1,68/2,12 mio. kr. (fra 2021; før var topsatsen 50 %).',
    lower_thresholds: 'Tærskler på 0,6/1,2/1,8 mio. kr. med de nuværende satser (antagelse: flere sager deles med staten).',
    higher_top_rate: 'Satser på 25/50/90 % (antagelse).',
    pre_2021: 'Tilbage til en topsats på 50 % (M003-4: den højeste sats steg fra 50 % til 75 % i 2021).',
    abolished: 'Ingen refusion af dyre enkeltsager.',
  },
  reasoning: {
    escalationCostStep: 'Hvor hurtigt dyre sager bliver dyrere (10–40 % pr. trin): den hale, ordningen deler med staten.',
  },
  claims: {
    spending:
      'Refusion ændrer, hvem der betaler (kommunernes nettoudgift), ikke udgifterne. Slutningen om, at refusion svækker kommunernes tilskyndelse til at holde udgifterne i de dyreste sager nede (agreements M003-4), er ikke modelleret.',
    quality: 'Ingen virkning på den hjælp, der gives, i modellen.',
  },
};

const specialisationPlanning: LeverTextDa = {
  proposal:
    'Det højt specialiserede socialområde inddeles i ca. 20 specialer på to niveauer med godkendte specialfunktioner, som borgere med komplekse behov kan visiteres til på tværs af landet; specialerne indfases fra fem til tyve frem til 2030. Det blev besluttet i 2021/22, så basisscenariet indeholder det allerede; tiltaget viser virkningen ved at slå det fra.',
  settings: {
    off: 'Som besluttet: 5 → 10 → 15 → 20 specialer frem til 2030 (i basisscenariet).',
    abandoned: 'Kontrafaktisk: ingen specialeplanlægning; borgere med komplekse behov søger kun plads i egen region.',
  },
  reasoning: {
    complexShareOfResidential: 'Andelen af beboere med særligt komplekse behov (5–10 %, C9): dem, den landsdækkende søgning hjælper.',
  },
  claims: {
    spending:
      'Ingen af dokumenterne angiver en udgiftsvirkning; landsdækkende søgning giver bedre match for borgere med komplekse behov.',
    quality: 'agreements M003-1: forebygger despecialisering; »øvelse gør mester«. (At opgive den sænker kvaliteten i modellen.)',
  },
};

const bindingCoordination: LeverTextDa = {
  proposal:
    'Kommunernes rammeaftaler gøres bindende: KKR planlægger og bygger i fællesskab kapacitet til de mest komplekse behov med delt risiko for tomme pladser og genforhandler priserne, når udgifterne til botilbud vokser mere end 5 %. I dag er aftalerne ikke bindende.',
  settings: {
    off: 'I dag: ikke bindende; koordinationsniveauet trækkes fra 0,1–0,4.',
    binding:
      'Koordinationsniveau 0,75: KKR bygger til målgruppen med komplekse behov i tre ud af fire år, og kommunerne medregner tre fjerdedele af den regionale prisgevinst ved offentlige pladser.',
    full: 'Koordinationsniveau 1: fælles planlægning hvert år; hver kommune medregner hele den regionale gevinst.',
  },
  reasoning: {
    coordinationLevel: 'Koordinationen i dag (0,1–0,4), udgangspunktet.',
    buildPropensity: 'Hvor villigt kommunerne bygger, når gevinsten er klar (0,3–0,8).',
  },
  claims: {
    spending: 'agreements M002-3: »styrke konkurrencen … knække den stigende udgiftskurve«; expert-report 2.3.',
    quality: 'Pladser til komplekse behov, hvor der er brug for dem: færre fejlplaceringer (antagelse).',
  },
};

const publicVacancyFirst: LeverTextDa = {
  proposal:
    'Før en kommune køber en privat plads, undersøger den ledige pladser i andre kommuner og i regionen (Region Sjællands rammeaftale 2025–26). I modellen tager en køber, der følger reglen, den bedst egnede ledige offentlige plads, når der er en.',
  settings: {
    off: 'I dag: en regel, der ikke er bindende; efterlevelsen trækkes fra 0,3–0,7.',
    binding: 'Efterlevelse 0,9 (agreements M002-3: 0,5–1,0, hvor reglen er vedtaget).',
    full: 'Alle visitationer undersøger først ledige offentlige pladser (efterlevelse 1).',
  },
  reasoning: {
    publicVacancyFirstCompliance: 'Efterlevelsen i dag (0,3–0,7): den afstand, en bindende regel lukker.',
    closureOccupancy:
      'Den belægning, under hvilken offentlige tilbud skrumper (0,55–0,75): det, som udfyldning af ledige offentlige pladser beskytter.',
  },
  claims: {
    spending:
      'agreements M002-3: en del af Sjællandsprogrammet for at »knække den stigende udgiftskurve«; kollektivt handlingsproblem #8 (agreements §5.2).',
    quality: 'En ledig offentlig plads tages kun, når den passer; nærhed eller borgerens ønske kan gå tabt.',
  },
};

const standardTariffModel: LeverTextDa = {
  proposal:
    'En takstmodel for botilbud og lignende tilbud, der er standardiseret, viser de reelle omkostninger og kan sammenlignes på tværs af leverandører og ejerformer (handicapaftalen fra 2024), med standardkontrakter (Region Sjælland). Det er aftalernes instrument bag den endelige rapports nye takstsystem (2.4).',
  settings: {
    off: OFF,
    proposed:
      'Standardtakster: private leverandørers knaphedstillæg og opjusteringen af komplekse sager halveres (antagelse standardTariffMarkupCut, 30–70 %, M000-1), og køberne vægter prisen dobbelt så højt (antagelse transparencyPriceWeight, 1,5–3).',
  },
  reasoning: {
    standardTariffMarkupCut: REASON.standardTariffMarkupCut,
    transparencyPriceWeight: REASON.transparencyPriceWeight,
    complexMarkupMax:
      'Knaphedstillægget på markeder for komplekse behov (20–60 %), som halveres med sammenlignelige takster (forslag i M000-1: −30–70 %; modellen bruger 50 %).',
    privateUpcodingPerYear: 'Individuelle prisstigninger, som standardpakker halverer (0,05–0,3 om året).',
  },
  claims: {
    spending: 'agreements M000-1: »reducere de kommunale udgifter og/eller sikre økonomisk gennemsigtighed« (000 l.203-205).',
    quality: 'Ingen direkte virkning på kvaliteten i modellen.',
  },
};

// ── The first report's recommendations ────────────────────────────────────────

/**
 * A first-report recommendation carried into another lever (registry.ts `carriedInto`) shares that
 * lever's settings, strength assumptions, claims and model note unless it has its own: so does its
 * Danish text. `only` keeps the settings it inherits (registry.ts filters some).
 */
function carried(target: LeverTextDa, proposal: string, own: Omit<LeverTextDa, 'proposal'> = {}, only?: string[]): LeverTextDa {
  const settings = own.settings ?? target.settings ?? {};
  return {
    proposal,
    settings: only ? Object.fromEntries(Object.entries(settings).filter(([id]) => only.includes(id))) : settings,
    reasoning: own.reasoning ?? target.reasoning,
    claims: own.claims ?? target.claims,
    ...(target.modelNote ? { modelNote: target.modelNote } : {}),
  };
}

const FIRST_REPORT: Record<string, LeverTextDa> = {
  d1_1: carried(
    r2_1,
    'Kommunerne får større mulighed for at fastsætte lokale serviceniveauer. Et pejlemærke fra første rapport, videreført i den endelige rapports revision af serviceloven (2.1) og tydeliggørelsen af reglernes rækkevidde (2.2).',
  ),
  d1_2: carried(
    r2_1,
    'Servicelovens formålsbestemmelse ændres i retning af progression og en helhedsbetragtning. Et pejlemærke, videreført i 2.1.',
  ),
  d1_3: carried(
    r2_2,
    'Interessenterne inddrages mere, og der anlægges en helhedsbetragtning i Ankestyrelsens principafgørelser. Videreført i 2.2, hvor ministeriet indtræder i Dialogforum, der kan kommentere en afgørelse, før den offentliggøres.',
    {
      settings: {
        off: OFF,
        proposed:
          'Udgiftsdrivende principafgørelser 30 % sjældnere (2.2, modelforslag: λ × 0,3–0,7; kun Dialogforum-delen, ingen tilbagerulning).',
        strong: 'Udgiftsdrivende principafgørelser halvt så hyppige.',
      },
    },
  ),
  d1_4: carried(
    r2_6,
    'Mere fleksible regler for, hvordan botilbudspladser bruges: fleksible pladser, flytning og fraflytning. Videreført i 2.5 og 2.6; modellen bruger de fleksible pladser og flytning uden samtykke fra 2.6.',
  ),
  d1_5: carried(
    r2_7,
    'Magtanvendelsesreglerne i serviceloven revideres, så medarbejdernes tid går til omsorg frem for registrering. Et pejlemærke fra første rapport, videreført i 2.7.',
  ),
  d1_6: carried(
    r4_2,
    'Eftersyn af tilsynet med sociale tilbud. Vedtaget i økonomiaftalen for 2024 og gennemført af den statslige analyseenhed (SAI) i efteråret 2023; resultaterne blev til den endelige rapports nye tilsynsmodel (4.2) og det risikobaserede tilsyn i aftalen fra 2024 (M000-5).',
  ),
  d1_7: carried(
    tariffCapSelfReferral,
    'Der indføres et takstloft på områder med selvmøderprincip (krisecentre for kvinder og forsorgshjem), hvor tilbuddet optager borgeren, og kommunen betaler. Vedtaget i økonomiaftalen for 2024; hænger sammen med 2.4, 2.8 og 4.2. Niveauet er ikke angivet; instrumentet tariff_cap_self_referral rummer indstillingerne.',
    {},
    ['off', 'proposed'],
  ),
  d1_8: carried(
    alternativeOfferLimit,
    'Merudgiften ved et alternativt tilbud, som borgeren selv vælger, begrænses. Vedtaget i økonomiaftalen for 2024 og fastsat til 0 % i handicapaftalen fra 2024 (M000-4).',
  ),
  d1_9: carried(
    loanPool,
    'Udbygningen af den kommunale botilbudskapacitet styrkes. Vedtaget i økonomiaftalen for 2024 som en lånepulje på 0,2/0,6/0,7 mia. kr. i 2024–26; den endelige rapport (2.3) spørger, om den skal forlænges.',
    {},
    ['off', 'agreed_2024'],
  ),
  d1_10: carried(
    r4_1,
    'Reglerne om merudgiftsydelse til voksne med handicap nytænkes; de medfører tung administration og dokumentation og omkring en femtedel af klagerne til Ankestyrelsen på handicapområdet. Vedtaget i økonomiaftalen for 2024; i modellen virker tiltaget som 4.1 gennem klager og sagsbehandling.',
    {
      settings: {
        off: OFF,
        proposed:
          'Omkring 20 % af klagerne på handicapområdet vedrører ydelsen (agreements 000 l.284-286); enklere regler halverer dem: klager −10 %.',
      },
      reasoning: {
        coreTaskQualityElasticity: 'Hvor meget progressionen stiger med den tid, der spares på sagsbehandling (0,2–0,8).',
      },
    },
  ),
  d1_11: carried(
    r5_2,
    'Bedre viden og data om området sikres i et fælles datasamarbejde mellem staten og KL. Vedtaget i økonomiaftalen for 2024 og videreført i data- og digitaliseringsstrategien 2025–2030 (5.2).',
  ),
};

/** Lever id → its Danish prose. */
export const LEVER_TEXT_DA: Readonly<Record<string, LeverTextDa>> = {
  r2_1, r2_2, r2_3, r2_4, r2_5, r2_6, r2_7, r2_8,
  r3_1, r3_2, r3_3, r3_4,
  r4_1, r4_2,
  r5_1, r5_2, r5_3,
  r6_1, r6_2,
  ...FIRST_REPORT,
  loan_pool: loanPool,
  tariff_cap_self_referral: tariffCapSelfReferral,
  tariff_cap_complex: tariffCapComplex,
  alternative_offer_limit: alternativeOfferLimit,
  reimbursement_scheme: reimbursementScheme,
  specialisation_planning: specialisationPlanning,
  binding_coordination: bindingCoordination,
  public_vacancy_first: publicVacancyFirst,
  standard_tariff_model: standardTariffModel,
};
