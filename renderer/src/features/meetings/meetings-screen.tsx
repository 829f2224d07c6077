import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { createRulesContext } from '@shared/rules/context';
import { expectedAttendees, meetingQuorum, quorumRuleOf } from '@shared/rules/quorum';
import type { Workspace } from '@shared/workspace/schema';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../stores/app-store';
import { InactivityPanel } from './inactivity-panel';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MeetingPage } from './meeting-page';
import { QuorumRuleDialog } from './quorum-rule-dialog';
import { useMeetingWords } from './use-meeting-words';
import './meetings.css';

/** Meetings of the committee: the list, one meeting (attendance, agenda, minutes), and the R-23 inactivity panel. */
export function MeetingsScreen({ meetingId }: { meetingId?: string | undefined }) {
  const committeeId = useAppStore((s) => s.committeeId);
  const slice = useCommitteeSlice(committeeId);
  if (slice === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="meetings.loading" />
      </p>
    );
  }
  if (!slice) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="meetings.noCommittee" />
      </p>
    );
  }
  if (meetingId) return <MeetingPage slice={slice} meetingId={meetingId} />;
  return <MeetingsList slice={slice} />;
}

function MeetingsList({ slice }: { slice: Workspace }) {
  const asOf = useAppStore((s) => s.asOf);
  const navigate = useAppStore((s) => s.navigate);
  const [adding, setAdding] = useState(false);
  const [editingRule, setEditingRule] = useState(false);
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const format = useFormat();
  const words = useMeetingWords();

  const view = useMemo(() => {
    const ctx = createRulesContext(slice);
    const meetings = [...slice.meetings]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1))
      .map((meeting) => {
        const expected = expectedAttendees(ctx, meeting.committeeId, meeting.date);
        return { meeting, expected, quorum: meetingQuorum(ctx, meeting) };
      });
    const params = ctx.paramsOn(committee.id, asOf);
    return { ctx, meetings, params, votingToday: expectedAttendees(ctx, committee.id, asOf).members.length };
  }, [slice, asOf, committee.id]);

  const { params } = view;
  return (
    <section aria-labelledby="meetings-title">
      <div className="screen-header">
        <div>
          <h1 id="meetings-title">
            <FormattedMessage id="meetings.title" />
          </h1>
          <p>
            <FormattedMessage
              id="meetings.count"
              values={{ committee: <bdi>{committee.name}</bdi>, count: view.meetings.length }}
            />
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          <FormattedMessage id="meetings.new" />
        </button>
      </div>

      <div className="card meetings-rule" aria-label={intl.formatMessage({ id: 'meetings.rule.label' })}>
        <p>
          <FormattedMessage
            id="meetings.rule.text"
            values={{
              strong: (chunks) => <strong>{chunks}</strong>,
              rule: words.quorumRule(quorumRuleOf(params)),
              date: format.date(asOf, 'long'),
              voting: view.votingToday,
              coopted: params.cooptedMembersVote ? 'yes' : 'no',
              exOfficio: params.exOfficioMembersVote ? 'yes' : 'no',
            }}
          />
        </p>
        <button type="button" className="btn btn-small" onClick={() => setEditingRule(true)}>
          <FormattedMessage id="meetings.rule.change" />
        </button>
      </div>

      {view.meetings.length === 0 ? (
        <p className="notice notice-info">
          <FormattedMessage id="meetings.none" />
        </p>
      ) : (
        <table
          className="plain-table meetings-table"
          aria-label={intl.formatMessage({ id: 'meetings.table.label' }, { committee: committee.name })}
        >
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="meetings.table.date" />
              </th>
              <th scope="col">
                <FormattedMessage id="meetings.table.meeting" />
              </th>
              <th scope="col">
                <FormattedMessage id="meetings.table.mode" />
              </th>
              <th scope="col">
                <FormattedMessage id="meetings.table.present" />
              </th>
              <th scope="col">
                <FormattedMessage id="meetings.table.quorum" />
              </th>
            </tr>
          </thead>
          <tbody>
            {view.meetings.map(({ meeting, quorum }) => (
              <tr key={meeting.id}>
                <td>{format.date(meeting.date, 'long')}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate({ screen: 'meetings', id: meeting.id })}
                  >
                    <bdi>{words.meetingTitle(meeting)}</bdi>
                  </button>
                </td>
                <td>{meeting.mode ? words.mode(meeting.mode) : ''}</td>
                <td>
                  <FormattedMessage
                    id="meetings.table.presentOf"
                    values={{ present: quorum.present, voting: quorum.votingMembers, unmarked: quorum.unmarked }}
                  />
                </td>
                <td>
                  {(meeting.attendance ?? []).length === 0 ? (
                    <span className="badge badge-muted">
                      <FormattedMessage id="meetings.table.noAttendance" />
                    </span>
                  ) : quorum.reached ? (
                    <span className="badge">
                      <FormattedMessage id="meetings.table.reached" values={{ required: quorum.required }} />
                    </span>
                  ) : (
                    <span className="badge badge-warning">
                      <FormattedMessage id="meetings.table.notReached" values={{ required: quorum.required }} />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <InactivityPanel slice={slice} ctx={view.ctx} asOf={asOf} />

      {adding && (
        <MeetingFormDialog
          committeeId={committee.id}
          defaultDate={asOf}
          onClose={() => setAdding(false)}
          onSaved={(id) => navigate({ screen: 'meetings', id })}
        />
      )}
      {editingRule && <QuorumRuleDialog committee={committee} onClose={() => setEditingRule(false)} />}
    </section>
  );
}
