import { useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveActor } from '../../db/repositories/workspace-repo';
import { UNNAMED_ACTOR, useWriteContext } from '../../hooks/use-write-context';

/** The name every change and override is recorded under. */
export function ActorName() {
  const { actor } = useWriteContext();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
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
        Recording as: {actor}
      </button>
      {editing && (
        <Dialog
          title="Who is making changes?"
          onClose={() => setEditing(false)}
          footer={
            <button
              type="button"
              className="btn btn-primary"
              disabled={name.trim() === ''}
              onClick={() => void saveActor(db, name).then(() => setEditing(false))}
            >
              Save
            </button>
          }
        >
          <p>Every change and every rule override is recorded in the history under this name.</p>
          <label className="field">
            Your name
            <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
        </Dialog>
      )}
    </>
  );
}
