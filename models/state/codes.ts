/**
 * Enumerations shared by the state arrays and the mechanisms. Values are array indices: append only.
 */

/** Target groups (model.md §Agents; expert-report C2–C4, D11, E1). */
export const Group = {
  /** Socially vulnerable children 0–17 (barnets lov), expert-report C2. */
  childSocial: 0,
  /** Children 0–17 with disabilities (barnets lov). */
  childDisability: 1,
  /** Young people 18–22 in aftercare / youth support (barnets lov §§ 113–116), expert-report I3–I5. */
  youthAftercare: 2,
  /** Adults with cognitive / intellectual disabilities, expert-report C4. */
  adultCognitive: 3,
  /** Adults with autism spectrum conditions, expert-report C4. */
  adultAutism: 4,
  /** Adults with physical disabilities (incl. BPA), expert-report C4, F1. */
  adultPhysical: 5,
  /** Adults with acquired brain injury, expert-report C4. */
  adultBrainInjury: 6,
  /** Vulnerable adults: psychiatric / psychosocial, expert-report C3. */
  adultPsychosocial: 7,
  /** Vulnerable adults: homelessness (§ 110 shelters), expert-report C3. */
  adultHomeless: 8,
  /** Vulnerable adults: substance use (§ 101), expert-report C3. */
  adultSubstance: 9,
  /** Women subject to violence (§ 109 crisis centres), expert-report E1–E4. */
  adultViolence: 10,
} as const;
export const GROUP_COUNT = 11;
export const GROUP_KEYS = [
  'child_social', 'child_disability', 'youth_aftercare', 'adult_cognitive', 'adult_autism', 'adult_physical',
  'adult_brain_injury', 'adult_psychosocial', 'adult_homeless', 'adult_substance', 'adult_violence',
] as const;

export function isChildGroup(group: number): boolean {
  return group <= Group.youthAftercare;
}
export function isDisabilityGroup(group: number): boolean {
  return group >= Group.adultCognitive && group <= Group.adultBrainInjury;
}

/** Services (model.md §Providers). Each citizen has exactly one current service. */
export const Service = {
  /** Children's preventive measures in the home (barnets lov § 32), expert-report I1–I2. */
  childPreventive: 0,
  /** Placement in a foster or network family. */
  placementFoster: 1,
  /** Placement in a residential institution for children and young people. */
  placementResidential: 2,
  /** Aftercare / youth support 18–22 (barnets lov § 114), expert-report I3–I4. */
  aftercare: 3,
  /** SEL § 85 socio-pedagogical support in the citizen's own home. */
  homeSupport: 4,
  /** SEL § 85 support in botilbud-like housing (almenboligloven § 105), expert-report C8, D8. */
  botilbudLike: 5,
  /** SEL § 107 temporary residential place, expert-report D8. */
  residential107: 6,
  /** SEL § 108 long-term residential place, expert-report D8. */
  residential108: 7,
  /** Citizen-controlled personal assistance (SEL § 96), expert-report B22, F1. */
  bpa: 8,
  /** SEL § 110 shelters and hostels (self-referral). */
  shelter: 9,
  /** SEL § 109 women's crisis centres (self-referral), expert-report B18, E1–E4. */
  crisisCentre: 10,
  /** SEL § 101 substance-use treatment. */
  substanceTreatment: 11,
} as const;
export const SERVICE_COUNT = 12;
export const SERVICE_KEYS = [
  'child_preventive', 'placement_foster', 'placement_residential', 'aftercare', 'home_support', 'botilbud_like',
  'residential_107', 'residential_108', 'bpa', 'shelter', 'crisis_centre', 'substance_treatment',
] as const;

export function isResidentialService(service: number): boolean {
  return service === Service.botilbudLike || service === Service.residential107 || service === Service.residential108;
}
export function isChildService(service: number): boolean {
  return service <= Service.aftercare;
}
export function isSelfReferralService(service: number): boolean {
  return service === Service.shelter || service === Service.crisisCentre;
}
/** Services delivered from places that a provider owns and that can be full. */
export function isPlaceService(service: number): boolean {
  return service === Service.placementResidential || isResidentialService(service) || isSelfReferralService(service);
}

/** Provider owner types (model.md §Providers; agreements M001-4: regions run ~5 %). */
export const Owner = { municipal: 0, regional: 1, private: 2, selfOwned: 3 } as const;
export const OWNER_COUNT = 4;
export function isPublicOwner(owner: number): boolean {
  return owner === Owner.municipal || owner === Owner.regional;
}

/** Specialisation level of a place or a citizen's need (agreements M003-1: two levels above general). */
export const Specialisation = { general: 0, specialised: 1, highlySpecialised: 2 } as const;
