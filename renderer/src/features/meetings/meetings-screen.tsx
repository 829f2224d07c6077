import { useMemo, useState } from 'react';
import { longDate, MODE_LABELS } from '@shared/meetings/minutes';
import { createRulesContext } from '@shared/rules/context';
import { describeQuorumRule, expectedAttendees, meetingQuorum, quorumRuleOf } from '@shared/rules/quorum';
import type { Workspace } from '@shared/workspace/schema';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { InactivityPanel } from './inactivity-panel';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MeetingPage } from './meeting-page';
import { QuorumRuleDialog } from './quorum-rule-dialog';
import './meetings.css';

/** Meetings of the committee: the list, one meeting (attendance, agenda, minutes), and the R-23 inactivity panel. */
export function MeetingsScreen({ meetingId }: { meetingId?: string | undefined }) {
  const committeeId = useAppStore((s) => s.committeeId);
  const slice = useCommitteeSlice(committeeId);
  if (slice === undefined) return <p className="loading">Reading the meetings…</p>;
  if (!slice) return <p className="notice notice-info">Choose a committee to see its meetings.</p>;
  if (meetingId) return <MeetingPage slice={slice} meetingId={meetingId} />;
  return <MeetingsList slice={slice} />;
}

function MeetingsList({ slice }: { slice: Workspace }) {
  const asOf = useAppStore((s) => s.asOf);
  const navigate = useAppStore((s) => s.navigate);
  const [adding, setAdding] = useState(false);
  const [editingRule, setEditingRule] = useState(false);
  const committee = slice.committees[0]!;

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
          <h1 id="meetings-title">Meetings</h1>
          <p>
            {committee.name}: {view.meetings.length} {view.meetings.length === 1 ? 'meeting' : 'meetings'} recorded.
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          New meeting…
        </button>
      </div>

      <div className="card meetings-rule" aria-label="Quorum and voting rights">
        <p>
          <strong>Quorum:</strong> {describeQuorumRule(quorumRuleOf(params))} (R-49). On {asOf} the committee has{' '}
          {view.votingToday} voting {view.votingToday === 1 ? 'member' : 'members'}. Co-opted members{' '}
          {params.cooptedMembersVote ? 'vote' : 'do not vote'} (R-30); ex officio members such as SIG Convenors{' '}
          {params.exOfficioMembersVote ? 'vote' : 'do not vote'} (OQ-18); corresponding members and guests never do
          (R-31, R-49).
        </p>
        <button type="button" className="btn btn-small" onClick={() => setEditingRule(true)}>
          Change the quorum rule…
        </button>
      </div>

      {view.meetings.length === 0 ? (
        <p className="notice notice-info">No meeting is recorded yet. Add one to take attendance.</p>
      ) : (
        <table className="plain-table meetings-table" aria-label={`Meetings of ${committee.name}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Meeting</th>
              <th scope="col">Mode</th>
              <th scope="col">Voting members present</th>
              <th scope="col">Quorum</th>
            </tr>
          </thead>
          <tbody>
            {view.meetings.map(({ meeting, quorum }) => (
              <tr key={meeting.id}>
                <td>{longDate(meeting.date)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate({ screen: 'meetings', id: meeting.id })}
                  >
                    {meeting.title?.trim() || `Meeting of ${meeting.date}`}
                  </button>
                </td>
                <td>{meeting.mode ? MODE_LABELS[meeting.mode] : ''}</td>
                <td>
                  {quorum.present} of {quorum.votingMembers}
                  {quorum.unmarked > 0 ? ` (${quorum.unmarked} not marked)` : ''}
                </td>
                <td>
                  {(meeting.attendance ?? []).length === 0 ? (
                    <span className="badge badge-muted">no attendance yet</span>
                  ) : quorum.reached ? (
                    <span className="badge">reached ({quorum.required} needed)</span>
                  ) : (
                    <span className="badge badge-warning">not reached ({quorum.required} needed)</span>
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
