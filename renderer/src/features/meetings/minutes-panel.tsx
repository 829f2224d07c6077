import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { fileSlug } from '@shared/exports/table';
import { draftMinutes } from '@shared/meetings/minutes';
import type { RulesContext } from '@shared/rules/context';
import type { Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { readActionPlan } from '../../db/repositories/actions-repo';
import { saveMinutes } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { saveFile } from '../../platform/bridge';
import { todayIso } from '../../stores/app-store';

/**
 * Draft minutes from the meeting's attendance, agenda and the action plan, in the layout of the
 * March 2021 minutes; editable here, kept on the meeting, and downloadable as Markdown and PDF.
 */
export function MinutesPanel({
  ctx,
  meeting,
  committeeName,
}: {
  ctx: RulesContext;
  meeting: Meeting;
  committeeName: string;
}) {
  const actions = useLiveQuery(() => readActionPlan(db, meeting.committeeId), [meeting.committeeId]);
  const generated = useMemo(
    () => (actions ? draftMinutes({ ctx, meeting, actions, committeeName }) : ''),
    [ctx, meeting, actions, committeeName],
  );
  const [edited, setEdited] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const { context } = useWriteContext();
  const text = edited ?? meeting.minutes ?? generated;
  const source = edited !== undefined ? 'edited' : meeting.minutes !== undefined ? 'saved' : 'records';
  const stem = `minutes-${fileSlug(committeeName)}-${meeting.date}`;
  const title = `${meeting.title?.trim() || `${committeeName} meeting`}, ${meeting.date}`;

  async function save() {
    try {
      await saveMinutes(db, meeting.id, text, context());
      setEdited(undefined);
      setStatus('Minutes saved with the meeting.');
    } catch (e) {
      setStatus(`Nothing was saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function downloadMarkdown() {
    const result = await saveFile(`${stem}.md`, text, 'text/markdown;charset=utf-8');
    setStatus(result === 'saved' ? `Saved ${stem}.md.` : 'Download cancelled.');
  }

  async function downloadPdf() {
    setBusy(true);
    setStatus('Preparing the PDF…');
    try {
      const { minutesPdf } = await import('./minutes-pdf-export');
      const bytes = await minutesPdf(text, { title, footer: `draft minutes, generated on ${todayIso()}` });
      const result = await saveFile(`${stem}.pdf`, bytes, 'application/pdf');
      setStatus(result === 'saved' ? `Saved ${stem}.pdf.` : 'Download cancelled.');
    } catch (e) {
      setStatus(`The PDF failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  if (!actions) return <p className="loading">Drafting the minutes…</p>;
  return (
    <div className="minutes-panel">
      <p className="meetings-muted">
        {source === 'records'
          ? 'Drafted from the attendance, the agenda and the action plan. Edit freely; save to keep your version.'
          : source === 'saved'
            ? 'Your saved minutes. Start again from the records to pick up later changes to attendance or the plan.'
            : 'Edited, not saved yet.'}
      </p>
      <label className="field">
        Minutes (Markdown)
        <textarea
          className="minutes-text"
          rows={28}
          spellCheck
          value={text}
          onChange={(e) => setEdited(e.target.value)}
        />
      </label>
      <div className="meetings-save">
        <button type="button" className="btn btn-primary" disabled={source === 'saved'} onClick={() => void save()}>
          Save the minutes
        </button>
        <button type="button" className="btn" onClick={() => void downloadMarkdown()}>
          Download Markdown
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void downloadPdf()}>
          Download PDF
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          disabled={text === generated}
          onClick={() => setEdited(generated)}
        >
          Start again from the records
        </button>
        <span className="meetings-muted" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
