import { create } from 'zustand';
import type { IsoDate } from '@shared/domain/dates';

/**
 * UI state only: where the user is and what they are looking at. Records live in Dexie and are
 * read with useLiveQuery; nothing here is ever a copy of a record.
 */
export const SCREENS = [
  'start',
  'roster',
  'expiry',
  'elections',
  'findings',
  'person',
  'people',
  'committees',
  'history',
  'meetings',
  'action-plan',
] as const;
export type Screen = (typeof SCREENS)[number];

export type Route = { screen: Screen; id?: string };

export type AppState = {
  route: Route;
  committeeId: string | undefined;
  asOf: IsoDate;
  rosterSearch: string;
  rosterKinds: string[];
  expiryMonths: number;
  /** The people directory's search, kept while the user opens a person and comes back. */
  peopleSearch: string;
  navigate: (route: Route) => void;
  setCommittee: (committeeId: string | undefined) => void;
  setAsOf: (asOf: IsoDate) => void;
  setRosterSearch: (search: string) => void;
  setRosterKinds: (kinds: string[]) => void;
  setExpiryMonths: (months: number) => void;
  setPeopleSearch: (search: string) => void;
};

export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const useAppStore = create<AppState>()((set) => ({
  route: { screen: 'roster' },
  committeeId: undefined,
  asOf: todayIso(),
  rosterSearch: '',
  rosterKinds: [],
  expiryMonths: 12,
  peopleSearch: '',
  navigate: (route) => set({ route }),
  setCommittee: (committeeId) => set({ committeeId }),
  setAsOf: (asOf) => set({ asOf }),
  setRosterSearch: (rosterSearch) => set({ rosterSearch }),
  setRosterKinds: (rosterKinds) => set({ rosterKinds }),
  setExpiryMonths: (expiryMonths) => set({ expiryMonths }),
  setPeopleSearch: (peopleSearch) => set({ peopleSearch }),
}));

/** `#/person/p09?committee=it&asOf=2021-03-19`: the location a reload or a link brings back. */
export function formatLocation(state: Pick<AppState, 'route' | 'committeeId' | 'asOf'>): string {
  const params = new URLSearchParams();
  if (state.committeeId) params.set('committee', state.committeeId);
  params.set('asOf', state.asOf);
  const path = state.route.id ? `${state.route.screen}/${encodeURIComponent(state.route.id)}` : state.route.screen;
  return `#/${path}?${params.toString()}`;
}

export function parseLocation(hash: string): Partial<Pick<AppState, 'route' | 'committeeId' | 'asOf'>> {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, id] = path.split('/');
  const params = new URLSearchParams(query);
  const result: Partial<Pick<AppState, 'route' | 'committeeId' | 'asOf'>> = {};
  if (screen && (SCREENS as readonly string[]).includes(screen)) {
    result.route = id ? { screen: screen as Screen, id: decodeURIComponent(id) } : { screen: screen as Screen };
  }
  const committee = params.get('committee');
  if (committee) result.committeeId = committee;
  const asOf = params.get('asOf');
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) result.asOf = asOf;
  return result;
}
