/**
 * Danish prose of the parameters page (see parameters.ts), keyed by the rows of
 * src/lib/client/trust/parameters.ts: the sources of the facts (comments in
 * models/parameters/world.ts) by row name, the groups (models/state/codes.ts) and their fields by
 * key, the calibrated scalars (docs/calibration.md, models/parameters/calibration.ts) and the policy
 * knobs' descriptions (models/parameters/policy.ts) by key. The values stay in the engine.
 *
 * Conventions as in models/levers/text-da.ts: every number of the English text, written the Danish
 * way (0,35; 28.000; mia. kr.; the English "79k" written out as 79.000); source ids (`B6`, `M003-4`,
 * `2.3`, `H1`), § numbers, line references (l.889-895) and code names (`loanPoolBn`) as in the
 * English; "assumption" is "antagelse", "[D]" and "BG" stay; "2.6 lever" (the domain notes'
 * modelling suggestion) is "2.6, modelforslag"; quotations are in »…«.
 */

export interface ParameterTextDa {
	/** Facts row name (`UNIT_COST.bpa`, `SUPERVISION.feePerOffer`) → its source and explanation. */
	facts: Readonly<Record<string, string>>;
	/** Group key → the group's name. */
	groups: Readonly<Record<string, string>>;
	/** Field of the group table → what it holds. */
	groupFields: Readonly<Record<string, string>>;
	/** Calibrated scalar → the figure it is fitted to and what it means. */
	calibrated: Readonly<Record<string, { fittedTo?: string; doc?: string }>>;
	/** Policy knob → its description. */
	policy: Readonly<Record<string, string>>;
}

export const PARAMETER_TEXT_DA: ParameterTextDa = {
	facts: {
		LAST_HISTORY_YEAR: 'Sidste år i kalibreringsperioden (model.md §Time): historik 2018–2022, fremskrivning fra 2023.',
		GROUPS:
			'Parametre pr. målgruppe. Gruppernes størrelse er antagelser i overensstemmelse med expert-report C1–C6 (2022: 79.000 børn og unge, >114.000 forskellige voksne: 63.000 udsatte, 59.000 med handicap, med overlap) og I1–I4; kalibreringen skalerer niveauerne til C1/C5. Varigheder og intensiteter er antagelser (interval ±20 % gennem improveHazardScale/worsenHazardScale og kalibreringen af tilgangen).',
		NEED_EXIT_MULTIPLIER:
			'Multiplikator på intensiteten for ophør af hjælpen efter behovsniveau 1…5: hjælp til lette behov ophører tidligere (antagelse).',
		FUNCTION_STEP: 'Point på funktionsniveauet, der vindes eller tabes ved ét trins fremgang eller forværring (F ∈ 0…100; antagelse).',
		UNIT_COST:
			'Årlig pris for en enhed af indsatsen ved behovsniveau 3 (kr., 2023-priser): leverandørens takst pr. pladsår for pladsbaserede indsatser, enhedsudgiften ved egen drift for de øvrige. Antagelser, hvor intet andet er angivet; noterne angiver ingen takstniveauer (expert-report §2K). Kalibreres pr. område med unitCostScale.',
		'UNIT_COST.botilbudLike': 'Kun støtten: beboerne betaler selv husleje (expert-report §2L).',
		'UNIT_COST.bpa': '[D] expert-report B22/F1: 2,2 mia. kr. / 1.560 personer ≈ 1,41 mio. kr.',
		'UNIT_COST.crisisCentre': '[D] expert-report §2L: ≈ 2.600 kr. pr. opholdsdøgn ≈ 0,95 mio. kr. pr. pladsår.',
		NEED_COST_FACTOR: 'Individuel udgiftsfaktor efter behovsniveau 1…5 (støttens omfang; antagelse).',
		COMPLEX_COST_FACTOR: 'Ekstra udgiftsfaktor ved særligt komplekse behov og udadreagerende adfærd (antagelse, interval 1,4–2,0).',
		RESIDENTIAL_EXIT_FACTOR:
			'Beboere på pladser efter § 108 og i botilbudslignende tilbud flytter ud med omkring en tredjedel af de andres rate: pladsen er deres hjem (expert-report §4, udgiftsdriver 14; antagelse 0,35, interval 0,2–0,5).',
		ESCALATION_HISTORY_FROM_YEAR:
			'Første år i eskaleringshistorikken for beboerne i 2018 (escalation.escalateHistory). Kommunalreformen i 2007 gav kommunerne det fulde myndigheds- og finansieringsansvar for de specialiserede tilbud (agreements §5.1), det køber–sælger-marked, hvor de individuelle priser eskalerer; en beboers historik regnes højst fra da. Antagelse: 2007 (interval 2007–2013, dvs. højst 5–11 års historik).',
		TEMPORARY_STAY_REVIEW_MONTHS:
			'Måneder, en borger bliver i et midlertidigt botilbud efter § 107, før en opfølgning flytter borgeren videre (antagelse, 12–36).',
		AGGREGATE_LINES:
			'Udgiftsposter på voksen- og børneområdet, som modellen ikke repræsenterer med agenter. De indgår i rapportens totaler (expert-report B2–B5, B11, B23) og føres med som samlede beløb.',
		'AGGREGATE_LINES.aids': 'Hjælpemidler (SEL § 112), mia. kr.: 1,9 (2018) → 1,7 (2022), expert-report B23; udviklingen fortsætter.',
		'AGGREGATE_LINES.dayOffersPerDisabledAdult':
			'Beskyttet beskæftigelse og aktivitets- og samværstilbud (SEL §§ 103–104) pr. voksen modtager med handicap, kr. pr. år (antagelse, 0,05–0,09 mio. kr.).',
		'AGGREGATE_LINES.otherAdults2018':
			'Personlig og praktisk hjælp, rådgivning, administration mv. på voksenområdet, mia. kr. (antagelse; B11’s »øvrige« poster). Vokser med befolkningen.',
		'AGGREGATE_LINES.otherChildren2018':
			'Øvrige poster på børneområdet (støtte til børn med handicap, familierådgivning mv.), mia. kr. (antagelse). Vokser med befolkningen.',
		POPULATION_GROWTH_PER_YEAR:
			'Befolkningstilvækst pr. år i hele landet, 2018–2040 (BG: Danmarks Statistiks fremskrivninger ≈ 0,3–0,5 % om året; antagelse 0,4 %).',
		ADULT_18_66_SHARE: 'Andel af indbyggerne i alderen 18–66 år, hele landet (DST FOLK1A 2021K1: 3.641.710 / 5.840.045, shared/data/README).',
		POPULATION_BASE_YEAR: 'Befolkningsåret i kommunefilen (shared/data: FOLK1A 1. januar 2020).',
		PLACES_2022: 'Pladser i botilbud ved udgangen af 2022 (expert-report D7/D8), brugt som mål i kalibreringen.',
		INITIAL_OWNER_SHARE: 'Ejerskab af pladserne i botilbud ved start (antagelse; regionerne driver ~5 % af tilbuddene, agreements M001-4).',
		MEAN_PLACES_PER_OFFER:
			'Gennemsnitligt antal pladser pr. botilbud (antagelse: ~1.000 botilbud for voksne med ~28.000 pladser, expert-report D1, D7).',
		MEAN_PLACES_PER_CHILD_INSTITUTION: 'Pladser pr. døgninstitution for børn og unge (antagelse).',
		MEAN_PLACES_PER_SELF_REFERRAL: 'Pladser pr. krisecenter eller forsorgshjem (antagelse).',
		SUPERVISION: 'Socialtilsynet (expert-report H1–H8, B24–B26).',
		'SUPERVISION.visitsPerYear': 'H2: mindst ét besøg pr. tilbud pr. år.',
		'SUPERVISION.meanScore': 'H4 (bruges til at centrere oversættelsen fra latent kvalitet til score, ikke som mål i kalibreringen).',
		'SUPERVISION.feePerOffer': 'Takstfinansieret betaling til socialtilsynet pr. tilbud pr. år, kr.: [D] B26 119 mio. kr. / 2.500 tilbud ≈ 48.000 kr.',
		'SUPERVISION.providerCostPerVisit':
			'Leverandørens udgift til ét tilsynsbesøg (personaletid, opfølgning), kr.: [D] B25 158 mio. kr. / 1.253 tilbud ≈ 126.000 kr.',
		'SUPERVISION.nonAgentOffers':
			'Tilbud, som modellen ikke repræsenterer med agenter (dagtilbud, behandling, godkendelse af plejefamilier), men som socialtilsynet også fører tilsyn med: [D] D2 ≈ 2.500 minus modellens tilbud (antagelse).',
		APPEALS: 'Klager (expert-report G1–G2).',
		'APPEALS.appealShareOfDecisions':
			'Andel af visitationsafgørelserne, der påklages og realitetsbehandles (antagelse, løst tilpasset de 7.914 i G1 for 2023).',
		'APPEALS.reversalCostUplift': 'Merudgift for borgeren, når Ankestyrelsen ændrer en afgørelse (antagelse, 5–20 %).',
		REIMBURSEMENT: 'Den centrale refusionsordning for særligt dyre enkeltsager (agreements M003-4; kr. pr. år, 2022-niveau).',
		'REIMBURSEMENT.ratesFrom2021': 'Fra 1. januar 2021 (M003-4): 25 % / 50 % / 75 %.',
		'REIMBURSEMENT.ratesBefore2021':
			'Før 2021: højeste refusionssats 50 % (M003-4 »højeste sats 50 % → 75 %«); antagelse om, at det øverste trin var 50 %.',
		'REIMBURSEMENT.selfReferralRefund':
			'Statens refusion af udgifterne til krisecentre (expert-report B20). Forsorgshjem (§ 110): samme 50 % (BG, skal efterprøves).',
		LOAN_POOL_BN:
			'Lånepulje til kommunal kapacitet i botilbud som aftalt i ØA24, mia. kr. pr. år (agreements 000 l.889-895). Ikke med i basisscenariet (der har reglerne fra før anbefalingerne); scenarier slår den til med politikknappen `loanPoolBn`, med disse beløb som den aftalte indstilling.',
		SPECIALITIES_IN_FORCE:
			'National specialiseringsplanlægning: specialer i kraft pr. år (agreements 003: 5 → 10 → 15 → 20 i 2030). Årene for udrulningen er en antagelse inden for planens »start med fem, nye hvert år frem til 2030«.',
		GROWTH_ALERT_THRESHOLD:
			'Referencevækst i udgifterne til botilbud, der udløser en indberetning til tilsynet (agreements 002 l.372-378).'
	},

	groups: {
		childSocial: 'Udsatte børn 0–17 år (barnets lov), expert-report C2.',
		childDisability: 'Børn 0–17 år med handicap (barnets lov).',
		youthAftercare: 'Unge 18–22 år i efterværn / ungestøtte (barnets lov §§ 113–116), expert-report I3–I5.',
		adultCognitive: 'Voksne med kognitive / intellektuelle funktionsnedsættelser, expert-report C4.',
		adultAutism: 'Voksne med autisme, expert-report C4.',
		adultPhysical: 'Voksne med fysisk handicap (inkl. BPA), expert-report C4, F1.',
		adultBrainInjury: 'Voksne med erhvervet hjerneskade, expert-report C4.',
		adultPsychosocial: 'Udsatte voksne: psykiske / psykosociale vanskeligheder, expert-report C3.',
		adultHomeless: 'Udsatte voksne: hjemløshed (forsorgshjem, § 110), expert-report C3.',
		adultSubstance: 'Udsatte voksne: rusmiddelproblemer (§ 101), expert-report C3.',
		adultViolence: 'Voldsudsatte kvinder (krisecentre, § 109), expert-report E1–E4.'
	},

	groupFields: {
		initialStock: 'Modtagere pr. 1. januar 2018, hele landet (antagelse, skaleret med den kalibrerede stockScale for området).',
		entriesPerYear: 'Nye modtagere udefra i 2018, hele landet pr. år (antagelse, skaleret med den kalibrerede entryScale).',
		entryAge: 'Alder ved indgangen, ligeligt fordelt i [min, max] år.',
		needAtEntry: 'Fordelingen på behovsniveau 1 (let) … 5 (meget tungt) ved indgangen.',
		trajectory: 'Andele efter forløb: kan opnå fremgang / stabilt / degenerativt (model.md §Citizens).',
		exitPerYear:
			'Årlig intensitet for, at hjælpen ophører af andre grunde end død, ved behovsniveau 3 (skaleret efter behov, se needExitMultiplier).',
		mortalityPerYear: 'Årlig dødelighed.',
		improvePerYear: 'Årlig intensitet for ét trins fremgang i funktionsniveau for en borger, der kan opnå fremgang (stabile borgere får en tredjedel).',
		worsenPerYear: 'Årlig intensitet for ét trins forværring (borgere med degenerativt forløb får tre gange så meget).'
	},

	calibrated: {
		childEntryScale: { fittedTo: 'modtagere, børn og unge, 2022', doc: 'Multiplikator på tilgangen af børn (expert-report C2, C5).' },
		adultEntryScale: { fittedTo: 'voksne modtagere 2022' },
		childStockScale: { fittedTo: 'modtagere, børn og unge, 2018' },
		adultStockScale: { fittedTo: 'voksne modtagere 2018' },
		residentialPropensity: {
			fittedTo: 'beboere i botilbud 2022',
			doc: 'Sandsynlighed for, at en voksen på behovsniveau 4 visiteres til et botilbud (C7).'
		},
		initialBotilbudLikeShare: {
			fittedTo: '§ 108-pladsernes andel af de langvarige pladser 2022',
			doc: 'Andel af de længerevarende pladser, der er botilbudslignende i 2018 (D8 angiver 52 % af alle pladser i 2022).'
		},
		childUnitCostScale: { fittedTo: 'udgifter, børn og unge, 2022' },
		adultUnitCostScale: { fittedTo: 'udgifter, voksne, uden for botilbud 2022' },
		residentialUnitCostScale: { fittedTo: 'udgifter til botilbud 2022' },
		crisisArrivalScale: { fittedTo: 'kvinder på krisecenter 2022' },
		crisisHousingWaitMonths: {
			fittedTo: 'dage pr. kvinde på krisecenter 2022',
			doc: 'Gennemsnitligt antal måneder efter den akutte fase (venten på bolig) i et ophold på krisecenter (E2).'
		},
		crisisInitialPlaces: { fittedTo: 'udgifter til krisecentre 2018' },
		crisisTariffScale: { fittedTo: 'udgifter til krisecentre 2022' },
		initialResidentialScale: {
			fittedTo: 'udgifter til botilbud 2018 (beboerne ved start)',
			doc: 'Multiplikator på sandsynligheden for botilbud, når beboerne i 2018 visiteres (tilpasset udgifterne til botilbud i 2018, B6–B7).'
		}
	},

	policy: {
		economyWeight: 'Sandsynlighed for, at det billigste fagligt forsvarlige tilbud vælges; null = antagelsen (0,3–0,5 i dag).',
		networkSubstitution: 'Andel af bostøttetimerne, som inddragelse af borgerens netværk erstatter (2.1).',
		rulingRateMultiplier: 'Multiplikator på hyppigheden af udgiftsdrivende principafgørelser (2.2).',
		rulingsRolledBack:
			'Antal udgiftsdrivende principafgørelser, der neutraliseres ved lov (2.2; G9 udpeger 9): de tidligste simulerede fra 2018 og frem.',
		appealRateMultiplier: 'Multiplikator på andelen af afgørelser, der påklages (2.2, 4.1: klager −10–30 %).',
		dutCompensation: 'Staten kompenserer kommunerne for udgiftsdrivende principafgørelser (DUT).',
		alternativeOfferLimit: 'Den merudgift ved et alternativt tilbud, borgeren selv vælger, som accepteres (20–25 % efter praksis i dag, G10).',
		moveWithoutConsentPerYear: 'Årlig hyppighed af flytninger af fejlplacerede beboere, der ikke kan give samtykke (C10: ≈ 400 / 28.000).',
		flexiblePlaceShare: 'Andel af pladserne, der er godkendt til både § 107 og § 108 (2.6, modelforslag: 5–10 % i dag).',
		longTermExitFlexibility:
			'Sandsynlighed for, at en beboer i et længerevarende tilbud, hvis behov er faldet, ved hver revurdering flytter til en lettere indsats (expert-report 2.5: fleksibiliteten ved udflytning er ≈ 0 i dag; 0,05 antaget).',
		publicVacancyFirst: 'Efterlevelse af »tjek ledige offentlige pladser, før der købes private«; null = antagelsen.',
		tariffCapSelfReferral: 'Loft over taksterne efter § 109/§ 110 som et tillæg til den nationale referenceudgift; null = intet loft.',
		tariffCapComplex:
			'Loft over taksterne for specialiserede og højt specialiserede tilbud (det komplekse segment) som et tillæg til den offentlige referenceudgift; null = intet loft.',
		standardTariffModel: 'Standardiserede, sammenlignelige takster (agreements M000-1): spredningen i tillæg og informationsasymmetrien falder.',
		coordinationLevel: 'Hvor bindende KKR’s koordinering af kapaciteten er; null = antagelsen (ikke bindende i dag).',
		loanPoolBn: 'Lånepulje til kommunale botilbudspladser, mia. kr. pr. år (ingen i basisscenariet; ØA24 aftalte 0,2/0,6/0,7 for 2024–26).',
		botilbudLikeCeilingExempt: 'Botilbudslignende boliger holdes uden for anlægsloftet (expert-report 2.5).',
		ceilingRoomMultiplier:
			'Multiplikator på pladsen under anlægsloftet til pladser efter § 107/§ 108 (expert-report 2.5: at lempe loftet; 1 = i dag).',
		visitsPerYear:
			'Tilsynsbesøg pr. tilbud pr. år (H2: mindst ét i dag); under 1 er besøgene risikobaserede, tilbud med lav score først (4.2).',
		binaryScore: 'Godkendt/ikke godkendt i stedet for kvalitetsmodellens skala 1–5 (4.2).',
		outcomeMeasurement:
			'Brug af standardiserede mål for livskvalitet og fremgang (expert-report 6.2): de observerede kvalitetsscorer bliver mindre støjfyldte (0 = i dag).',
		crisisPostAcuteReduction: 'Afkortning af den del af opholdet på krisecenter, der ligger efter den akutte fase (venten på bolig) (2.8).',
		reimbursementRates: 'Satserne i de tre trin; null = de regler, der gælder i det enkelte år.',
		reimbursementThresholds: 'Årlig udgift pr. sag (kr.), over hvilken 1., 2. og 3. refusionssats gælder (M003-4).',
		preventionFlexibility:
			'Andel af kommunerne, der bruger én afgørelse til fire forebyggende indsatser (3.1); mindsker den senere tilgang til voksenområdet.',
		transitionSupport:
			'Styrken af støtten i overgangen for unge, der forlader en anbringelse (3.2): risikoen for at komme ind i voksenområdet −transitionSupportEffect ved 1.',
		entryScreening: 'Andel af børnene, der screenes ved indgangen (3.4): behovets sværhedsgrad ved indgangen −screeningSeverityCut for dem.',
		recoveryAdoptionBoost: 'Relativ stigning i innovationsraten for recovery-orienteret rehabilitering (6.1).',
		diffusionBoost: 'Relativ stigning i Bass-innovation og -imitation af virksomme metoder (3.4, 5.1, 5.3).',
		outcomesFundShare:
			'Andel af statens budgetgevinster, som en resultatfond betaler kommunerne for dokumenterede indsatser (expert-report 3.3; 0 = ingen fond).',
		dataQuality:
			'Sammenlignelige data på individniveau om udgifter og aktivitet, brugt i styringen af kapaciteten (expert-report 5.2; 0 = i dag).',
		documentationReduction: 'Relativ nedsættelse af dokumentationstiden i frontlinjen (2.7, 4.1).',
		specialisationPlanning: 'National specialiseringsplanlægning, udrullet frem til 2030 (besluttet 2021/22).'
	}
};
