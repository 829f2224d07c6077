import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MeetingMode } from '@shared/domain/vocabulary';
import { languageList, roleParts } from '@shared/meetings/minutes';
import type { ExpectedAttendee, QuorumResult, QuorumRule } from '@shared/rules/quorum';
import type { Meeting } from '@shared/workspace/schema';
import { useFormat } from '../../i18n/use-format';

/** Words the meeting screens share, in the reader's language: modes, titles, roles, the quorum. */
export function useMeetingWords() {
  const intl = useIntl();
  const format = useFormat();
  return useMemo(() => {
    const quorumRule = (rule: QuorumRule) =>
      intl.formatMessage(
        { id: 'meetings.quorumRule' },
        {
          kind: rule.kind,
          number: rule.kind === 'fixedNumber' ? rule.number : 0,
          percent: rule.kind === 'fraction' ? Math.round(rule.fraction * 1000) / 10 : 0,
        },
      );
    return {
      mode: (mode: MeetingMode) => intl.formatMessage({ id: `meetings.mode.${mode}` }),
      /** The meeting's title, or "Meeting of March 19, 2021". */
      meetingTitle: (meeting: Pick<Meeting, 'title' | 'date'>) =>
        meeting.title?.trim() ||
        intl.formatMessage({ id: 'meetings.untitled' }, { date: format.date(meeting.date, 'long') }),
      languages: (codes: readonly string[]) => languageList(codes, intl.locale),
      quorumRule,
      /** "15 of 16 voting members present; 9 needed (a majority of the voting members): quorum reached." */
      quorumSummary: (q: QuorumResult) =>
        intl.formatMessage(
          { id: 'meetings.quorumSummary' },
          {
            present: q.present,
            voting: q.votingMembers,
            required: q.required,
            rule: quorumRule(q.rule),
            reached: q.reached ? 'yes' : 'no',
          },
        ),
      /** "Chair", "Big Data SIG Convenor", "Corresponding member"; "Member", or why they have no vote. */
      role: (person: ExpectedAttendee) => {
        const parts = roleParts(person).map((part) =>
          part.kind === 'office'
            ? intl.formatMessage({ id: `meetings.role.${part.role}` })
            : part.kind === 'convenor'
              ? intl.formatMessage({ id: 'meetings.role.convenorOf' }, { group: part.of })
              : intl.formatMessage({ id: `meetings.role.${part.kind}` }),
        );
        if (parts.length > 0) return parts.join(intl.formatMessage({ id: 'meetings.comma' }));
        return person.votes
          ? intl.formatMessage({ id: 'meetings.role.member' })
          : intl.formatMessage({ id: 'meetings.role.noVote' }, { rule: person.right.rule.replace('-', '') });
      },
    };
  }, [intl, format]);
}
