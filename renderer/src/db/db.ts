import { TenureDb } from './app-db';

/** The app's one database. Tests make their own `TenureDb` with another name. */
export const db = new TenureDb();
