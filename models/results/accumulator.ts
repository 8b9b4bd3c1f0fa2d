/**
 * Sums and counts collected during one simulated year; indicators.ts turns them into the yearly
 * indicator values at year end. Persons are counted once per year per indicator (Citizens.countedThisYear).
 */
import { SERVICE_COUNT } from '../state/codes';

export class YearAccumulator {
  /** Spending by home municipality and service, DKK: `[m * SERVICE_COUNT + s]`. */
  spendByMunicipalityService: Float64Array;
  /** State refunds by municipality (expensive cases, self-referral, DUT), DKK. */
  refundsByMunicipality: Float64Array;
  /** Citizen-months by service (for stay lengths and occupancy checks). */
  serviceMonths = new Float64Array(SERVICE_COUNT);
  personsChildArea = 0;
  personsAdultArea = 0;
  personsResidential = 0;
  personsBotilbudLike = 0;
  personsResidentialByMunicipality: Float64Array;
  crisisWomen = 0;
  crisisStays = 0;
  bpaPersons = 0;
  /** Months waited by those placed in a residential place this year, and how many were placed. */
  waitMonthsSum = 0;
  placements = 0;
  waitMonthsByMunicipality: Float64Array;
  placementsByMunicipality: Float64Array;
  appeals = 0;
  appealsReversed = 0;
  decisions = 0;
  entries = 0;
  exits = 0;
  deaths = 0;
  turnedAway = 0;
  costOver2mCount = 0;
  costOver2mResidentialSpend = 0;
  /** Supervision cost borne by providers and supervisors, DKK. */
  supervisionCost = 0;
  /** State refunds by kind, DKK. */
  refundExpensiveCases = 0;
  refundSelfReferral = 0;
  refundDut = 0;
  loanPoolDrawn = 0;
  placesBuiltPublic = 0;
  placesOpenedPrivate = 0;
  placesClosed = 0;
  /** § 107 places re-labelled as long-term homes (capacity.ts relabelAsHome). */
  placesRelabelled = 0;
  /** Places in municipal § 108 offers re-labelled as botilbud-like housing (conversion.ts). */
  placesConverted = 0;

  constructor(municipalityCount: number) {
    this.spendByMunicipalityService = new Float64Array(municipalityCount * SERVICE_COUNT);
    this.refundsByMunicipality = new Float64Array(municipalityCount);
    this.personsResidentialByMunicipality = new Float64Array(municipalityCount);
    this.waitMonthsByMunicipality = new Float64Array(municipalityCount);
    this.placementsByMunicipality = new Float64Array(municipalityCount);
  }
}
