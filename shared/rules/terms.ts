import { yearOf, type IsoDate } from '../domain/dates';
import { TERM_KIND_LABELS } from '../domain/vocabulary';
import type { Office, Term } from '../workspace/schema';

/** The day a term or office actually stops: its early end when it has one, else its planned end. */
export function effectiveEnd(record: Term | Office): IsoDate {
  return record.endedOn ?? record.end;
}

/** Active on `date` means `start <= date < (endedOn ?? end)` (interchange-v1 §1). */
export function isActiveOn(record: Term | Office, date: IsoDate): boolean {
  return record.start <= date && date < effectiveEnd(record);
}

export function endedEarly(term: Term): boolean {
  return term.endedOn !== undefined && term.endedOn < term.end;
}

/** A co-opted term without `approvedOn` is only proposed: a plan, not a membership. */
export function isProposal(term: Term): boolean {
  return term.kind === 'coopted' && !term.cooption?.approvedOn;
}

/** Elected, casual and approved co-opted terms make their holder a (voting) member. */
export function makesMember(term: Term): boolean {
  return (term.kind === 'elected' || term.kind === 'casual' || term.kind === 'coopted') && !isProposal(term);
}

/** Elected and casual terms occupy an elected seat. */
export function occupiesElectedSeat(term: Term): boolean {
  return term.kind === 'elected' || term.kind === 'casual';
}

/** Whether a term belongs to the term-limit chain; corresponding terms have their own. */
export function inTermLimitChain(term: Term): boolean {
  return term.kind !== 'corresponding';
}

/** How much a term adds to the term-limit chain, decided by its own fields. */
export function termLimitCount(term: Term): 0 | 1 {
  switch (term.kind) {
    case 'elected':
    case 'casual':
      return 1;
    case 'coopted':
      return term.cooption?.fillsVacancy === true ? 0 : 1;
    default:
      return 0;
  }
}

/** The date that picks the era of a co-option: approval, else proposal, else start. */
export function cooptionDate(term: Term): IsoDate {
  return term.cooption?.approvedOn ?? term.cooption?.proposedOn ?? term.start;
}

/** "2017–2021": the years a term or office runs. */
export function yearSpan(record: { start: IsoDate; end: IsoDate; endedOn?: IsoDate | undefined }): string {
  return `${yearOf(record.start)}–${yearOf(record.endedOn ?? record.end)}`;
}

export function kindLabel(term: Term): string {
  return isProposal(term) ? 'proposed co-option' : TERM_KIND_LABELS[term.kind];
}

export function byStartThenId<T extends { start: IsoDate; id: string }>(a: T, b: T): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
