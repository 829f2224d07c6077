import type { IntlShape } from 'react-intl';
import { commaList, formatList, vocabulary } from '../../components/vocabulary';
import type { NotCountedReason, StandingSummary, TermLabel, TermRow, UncountedLink } from './person-view';

/**
 * The person page's records in words, in the reader's language: what a term is, its place in
 * the chain, and the answer to "may they stand?". Years are passed as text, never as numbers,
 * so no language groups their digits ("2,021").
 */

/** "Elected term", "Proposed co-option". */
export function termLabelText(intl: IntlShape, label: TermLabel): string {
  return intl.formatMessage({ id: `person.termLabel.${label}` });
}

/** "elected term", "proposed co-option": the same inside a sentence. */
function termLabelInSentence(intl: IntlShape, label: TermLabel): string {
  return label === 'proposal'
    ? intl.formatMessage({ id: 'person.termLabel.proposalInSentence' })
    : vocabulary(intl).termKindInSentence(label);
}

/** "term 2 of 2", "not counted"; empty when the committee is missing from the records. */
export function chainText(intl: IntlShape, chain: TermRow['chain']): string {
  if (chain === undefined) return '';
  if (chain === 'not-counted') return intl.formatMessage({ id: 'person.chain.notCounted' });
  return intl.formatMessage({ id: 'person.chain.position' }, { number: chain.number, max: chain.max });
}

export function notCountedText(intl: IntlShape, reason: NotCountedReason): string {
  return intl.formatMessage({ id: `person.notCounted.${reason}` });
}

/** "2019–2021 ex officio term". */
export function uncountedText(intl: IntlShape, link: UncountedLink): string {
  return intl.formatMessage(
    { id: 'person.chain.uncountedLink' },
    { span: link.span, kind: termLabelInSentence(intl, link.label) },
  );
}

/** The standing answer in a few words (`headline`) and its reason (`detail`). */
export function standingText(intl: IntlShape, summary: StandingSummary): { headline: string; detail: string } {
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `person.standing.${id}` }, values);
  switch (summary.tone) {
    case 'serving':
      return {
        headline:
          summary.lastCycle === undefined
            ? say('servingBeyondComing')
            : say('servingBeyond', { cycle: String(summary.lastCycle) }),
        detail: say('servingDetail'),
      };
    case 'limited': {
      const from = summary.mayStandAgainFrom === null ? '' : String(summary.mayStandAgainFrom);
      const values = {
        cycle: String(summary.cycle),
        from,
        number: summary.termNumber,
        chain: commaList(intl, summary.chain),
        max: summary.maxTerms,
      };
      return {
        headline: say('limitedHeadline', { from }),
        detail: say(summary.chain.length > 0 ? 'limitedDetailAfter' : 'limitedDetail', values),
      };
    }
    case 'continuing': {
      const last = summary.cycles.at(-1) ?? 0;
      const values = {
        cycles: formatList(
          intl,
          summary.cycles.map((c) => String(c)),
          'disjunction',
        ),
        number: summary.termNumber,
        chain: commaList(intl, summary.chain),
      };
      const term = summary.lastAllowed
        ? summary.chain.length > 0
          ? 'continuingDetailLastAfter'
          : 'continuingDetailLast'
        : summary.chain.length > 0
          ? 'continuingDetailAfter'
          : 'continuingDetail';
      return {
        headline: say('continuingHeadline', { cycle: String(last) }),
        detail:
          say(term, values) +
          (summary.freshFrom === undefined ? '' : say('continuingFresh', { cycle: String(summary.freshFrom) })),
      };
    }
    case 'fresh':
      return {
        headline: say('freshHeadline', { cycle: String(summary.cycle) }),
        detail: say('freshDetail', { cycle: String(summary.cycle), max: summary.maxTerms }),
      };
  }
}
