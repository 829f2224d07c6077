import type { Eligibility } from '@shared/rules/eligibility';
import { deskText, plainList, type DeskText } from './desk-text';

/**
 * Why someone may or may not stand again, from the structured eligibility, in the reader's
 * language; in English exactly as `standingReason` words it: "would be term 2 of 2", or
 * "2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023".
 */
export function standingText(eligibility: Eligibility): DeskText {
  if (eligibility.eligible) {
    return deskText('elections.standing.eligible', {
      term: eligibility.prospectiveTermNumber,
      max: eligibility.maxTerms,
    });
  }
  const served = { count: eligibility.chain.length, chain: plainList(eligibility.chain) };
  return eligibility.mayStandAgainFrom === null
    ? deskText('elections.standing.limited', served)
    : deskText('elections.standing.limitedUntil', { ...served, year: String(eligibility.mayStandAgainFrom) });
}

/** "standing for a 2nd term", or a first-time candidate's "first term". */
export function incumbencyText(eligibility: Eligibility): DeskText {
  return eligibility.prospectiveTermNumber > 1
    ? deskText('elections.standing.incumbent', { number: eligibility.prospectiveTermNumber })
    : deskText('elections.standing.firstTerm');
}
