/**
 * Counting persons who receive help during a year (expert-report C1–C8 count persons, not
 * year-end stocks): each citizen is counted once per year per area, when the year starts or when
 * they enter or change area during it.
 */
import { Counted } from '../state/citizens';
import { isChildGroup, isResidentialService, Service } from '../state/codes';
import type { World } from '../state/world';

export function countArea(w: World, i: number): void {
  const c = w.citizens;
  if (isChildGroup(c.group[i])) {
    if (!(c.countedThisYear[i] & Counted.childArea)) {
      c.countedThisYear[i] |= Counted.childArea;
      w.acc.personsChildArea += 1;
    }
  } else if (!(c.countedThisYear[i] & Counted.adultArea)) {
    c.countedThisYear[i] |= Counted.adultArea;
    w.acc.personsAdultArea += 1;
  }
}

/**
 * January: everyone already receiving help counts for the new year. The year's marks start empty, so
 * each count applies at once (what `countArea`, `countResident` and `countCrisisStay` do for a citizen
 * not yet counted this year), written out without calls: this runs for every citizen every January.
 */
export function countAtYearStart(w: World, i: number): void {
  const c = w.citizens;
  const acc = w.acc;
  let marks: number;
  if (isChildGroup(c.group[i])) {
    marks = Counted.childArea;
    acc.personsChildArea += 1;
  } else {
    marks = Counted.adultArea;
    acc.personsAdultArea += 1;
  }
  const s = c.service[i];
  if (isResidentialService(s)) {
    marks |= Counted.residential;
    acc.personsResidential += 1;
    acc.personsResidentialByMunicipality[c.municipality[i]] += 1;
    if (s === Service.botilbudLike) {
      marks |= Counted.botilbudLike;
      acc.personsBotilbudLike += 1;
    }
  } else if (s === Service.crisisCentre) {
    acc.crisisStays += 1;
    marks |= Counted.crisis;
    acc.crisisWomen += 1;
  } else if (s === Service.bpa) {
    marks |= Counted.bpa;
    acc.bpaPersons += 1;
  }
  c.countedThisYear[i] = marks;
}
