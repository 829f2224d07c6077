import { useAppStore } from '../stores/app-store';
import { CommitteesScreen } from '../features/committees/committees-screen';
import { ElectionsScreen } from '../features/elections/elections-screen';
import { ExpiryScreen } from '../features/expiry/expiry-screen';
import { FindingsScreen } from '../features/findings/findings-screen';
import { HistoryScreen } from '../features/history/history-screen';
import { ActionPlanScreen } from '../features/action-plan/action-plan-screen';
import { MeetingsScreen } from '../features/meetings/meetings-screen';
import { PeopleScreen } from '../features/people/people-screen';
import { PersonScreen } from '../features/person/person-screen';
import { RosterScreen } from '../features/roster/roster-screen';

/** The shell composes features; features never import each other, they navigate through the store. */
export function ScreenOutlet() {
  const route = useAppStore((s) => s.route);
  switch (route.screen) {
    case 'expiry':
      return <ExpiryScreen />;
    case 'elections':
      return <ElectionsScreen />;
    case 'findings':
      return <FindingsScreen />;
    case 'person':
      return route.id ? <PersonScreen personId={route.id} /> : <PeopleScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'committees':
      return <CommitteesScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'meetings':
      return <MeetingsScreen meetingId={route.id} />;
    case 'action-plan':
      return <ActionPlanScreen />;
    default:
      return <RosterScreen />;
  }
}
