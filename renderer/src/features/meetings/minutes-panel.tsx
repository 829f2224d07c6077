import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { fileSlug } from '@shared/exports/table';
import { draftMinutes } from '@shared/meetings/minutes';
import { minutesLocale } from '@shared/meetings/minutes-words';
import type { RulesContext } from '@shared/rules/context';
import type { Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { readActionPlan } from '../../db/repositories/actions-repo';
import { saveMinutes } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFormat } from '../../i18n/use-format';
import { saveFile } from '../../platform/bridge';
import { todayIso } from '../../stores/app-store';
import { useErrorText } from '../../i18n/use-error-text';

/**
 * Draft minutes from the meeting's attendance, agenda and the action plan, in the layout of the
 * March 2021 minutes, their fixed words (headings, statuses, roles) in the language chosen on the
 * screen; editable here, kept on the meeting, and downloadable as Markdown and PDF.
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
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();
  const locale = minutesLocale(intl.locale);
  const actions = useLiveQuery(() => readActionPlan(db, meeting.committeeId), [meeting.committeeId]);
  const generated = useMemo(
    () => (actions ? draftMinutes({ ctx, meeting, actions, committeeName, locale }) : ''),
    [ctx, meeting, actions, committeeName, locale],
  );
  const [edited, setEdited] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const { context } = useWriteContext();
  const text = edited ?? meeting.minutes ?? generated;
  const source = edited !== undefined ? 'edited' : meeting.minutes !== undefined ? 'saved' : 'records';
  const stem = `minutes-${fileSlug(committeeName)}-${meeting.date}`;
  const title = intl.formatMessage(
    { id: 'meetings.minutes.pdfTitle' },
    {
      hasTitle: meeting.title?.trim() ? 'yes' : 'no',
      title: meeting.title?.trim() ?? '',
      committee: committeeName,
      date: meeting.date,
    },
  );
  const saved = (file: string) => intl.formatMessage({ id: 'meetings.minutes.savedFile' }, { file });
  const cancelled = () => intl.formatMessage({ id: 'meetings.minutes.cancelled' });

  async function save() {
    try {
      await saveMinutes(db, meeting.id, text, context());
      setEdited(undefined);
      setStatus(intl.formatMessage({ id: 'meetings.minutes.saved' }));
    } catch (e) {
      setStatus(intl.formatMessage({ id: 'meetings.notSaved' }, { error: errorText(e) }));
    }
  }

  async function downloadMarkdown() {
    const result = await saveFile(`${stem}.md`, text, 'text/markdown;charset=utf-8');
    setStatus(result === 'saved' ? saved(`${stem}.md`) : cancelled());
  }

  async function downloadPdf() {
    setBusy(true);
    setStatus(intl.formatMessage({ id: 'meetings.minutes.preparing' }));
    try {
      const { minutesPdf } = await import('./minutes-pdf-export');
      const footer = intl.formatMessage(
        { id: 'meetings.minutes.pdfFooter' },
        { date: format.date(todayIso(), 'long') },
      );
      const bytes = await minutesPdf(text, { title, footer, locale });
      const result = await saveFile(`${stem}.pdf`, bytes, 'application/pdf');
      setStatus(result === 'saved' ? saved(`${stem}.pdf`) : cancelled());
    } catch (e) {
      setStatus(intl.formatMessage({ id: 'meetings.minutes.pdfFailed' }, { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  }

  if (!actions) {
    return (
      <p className="loading">
        <FormattedMessage id="meetings.minutes.loading" />
      </p>
    );
  }
  return (
    <div className="minutes-panel">
      <p className="meetings-muted">
        <FormattedMessage id={`meetings.minutes.source.${source}`} />
      </p>
      <label className="field">
        <FormattedMessage id="meetings.minutes.label" />
        <textarea
          dir="auto"
          className="minutes-text"
          rows={28}
          spellCheck
          value={text}
          onChange={(e) => setEdited(e.target.value)}
        />
      </label>
      <div className="meetings-save">
        <button type="button" className="btn btn-primary" disabled={source === 'saved'} onClick={() => void save()}>
          <FormattedMessage id="meetings.minutes.save" />
        </button>
        <button type="button" className="btn" onClick={() => void downloadMarkdown()}>
          <FormattedMessage id="meetings.minutes.markdown" />
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void downloadPdf()}>
          <FormattedMessage id="meetings.minutes.pdf" />
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          disabled={text === generated}
          onClick={() => setEdited(generated)}
        >
          <FormattedMessage id="meetings.minutes.restart" />
        </button>
        <span className="meetings-muted" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
