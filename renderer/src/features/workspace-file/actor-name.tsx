import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveActor } from '../../db/repositories/workspace-repo';
import { UNNAMED_ACTOR, useWriteContext } from '../../hooks/use-write-context';
import { RecordedBy } from '../../components/recorded-by';

/** The name every change and override is recorded under. */
export function ActorName() {
  const { actor } = useWriteContext();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const intl = useIntl();
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet"
        onClick={() => {
          setName(actor === UNNAMED_ACTOR ? '' : actor);
          setEditing(true);
        }}
      >
        <FormattedMessage
          id="workspaceFile.actor.recordingAs"
          values={{
            actor: <RecordedBy actor={actor} />,
          }}
        />
      </button>
      {editing && (
        <Dialog
          title={intl.formatMessage({ id: 'workspaceFile.actor.title' })}
          onClose={() => setEditing(false)}
          footer={
            <button
              type="button"
              className="btn btn-primary"
              disabled={name.trim() === ''}
              onClick={() => void saveActor(db, name).then(() => setEditing(false))}
            >
              <FormattedMessage id="workspaceFile.save" />
            </button>
          }
        >
          <p>
            <FormattedMessage id="workspaceFile.actor.explain" />
          </p>
          <label className="field">
            <FormattedMessage id="workspaceFile.actor.name" />
            <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
        </Dialog>
      )}
    </>
  );
}
