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
 * January, after the year's marks were cleared (step.ts): everyone already receiving help counts for
 * the new year, once per indicator. A transition at 18 or 23 earlier in the same pass may already have
 * counted the citizen (in the new area, or as a BPA recipient after the new assessment), so each count
 * applies only if its mark is not set: what `countArea`, `countResident` and `countCrisisStay` do,
 * written out without calls because this runs for every citizen every January.
 */
export function countAtYearStart(w: World, i: number): void {
  const c = w.citizens;
  const acc = w.acc;
  let marks = c.countedThisYear[i];
  if (isChildGroup(c.group[i])) {
    if (!(marks & Counted.childArea)) {
      marks |= Counted.childArea;
      acc.personsChildArea += 1;
    }
  } else if (!(marks & Counted.adultArea)) {
    marks |= Counted.adultArea;
    acc.personsAdultArea += 1;
  }
  const s = c.service[i];
  if (isResidentialService(s)) {
    if (!(marks & Counted.residential)) {
      marks |= Counted.residential;
      acc.personsResidential += 1;
      acc.personsResidentialByMunicipality[c.municipality[i]] += 1;
    }
    if (s === Service.botilbudLike && !(marks & Counted.botilbudLike)) {
      marks |= Counted.botilbudLike;
      acc.personsBotilbudLike += 1;
    }
  } else if (s === Service.crisisCentre) {
    acc.crisisStays += 1;
    if (!(marks & Counted.crisis)) {
      marks |= Counted.crisis;
      acc.crisisWomen += 1;
    }
  } else if (s === Service.bpa && !(marks & Counted.bpa)) {
    marks |= Counted.bpa;
    acc.bpaPersons += 1;
  }
  c.countedThisYear[i] = marks;
}
