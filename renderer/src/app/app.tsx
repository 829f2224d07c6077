import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage } from 'react-intl';
import { useEffect } from 'react';
import { db } from '../db/db';
import { isWorkspaceEmpty } from '../db/repositories/workspace-repo';
import { useAppStore } from '../stores/app-store';
import { AppHeader } from './app-header';
import { ScreenOutlet } from './screen-outlet';
import { StartScreen } from '../features/workspace-file/start-screen';
import { useLocationSync } from './use-location-sync';

export function App() {
  useLocationSync();
  const empty = useLiveQuery(() => isWorkspaceEmpty(db), []);
  const committees = useLiveQuery(() => db.committees.orderBy('id').toArray(), []);
  const committeeId = useAppStore((s) => s.committeeId);
  const setCommittee = useAppStore((s) => s.setCommittee);

  // Land on a committee that exists: the one in the address, else the first Section.
  useEffect(() => {
    if (!committees || committees.length === 0) return;
    if (committeeId && committees.some((c) => c.id === committeeId)) return;
    const section = committees.find((c) => (c.kind ?? 'section') === 'section') ?? committees[0];
    setCommittee(section?.id);
  }, [committees, committeeId, setCommittee]);

  if (empty === undefined)
    return (
      <p className="loading">
        <FormattedMessage id="app.loading" />
      </p>
    );
  if (empty) return <StartScreen />;
  return (
    <div className="shell">
      <AppHeader committees={committees ?? []} />
      <main className="shell-main" id="main">
        <ScreenOutlet />
      </main>
    </div>
  );
}
