import type { Config } from '../config.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { Db } from '../db/database.js';

/** What every route needs: the database, the clock and the configuration. */
export interface AppContext {
  db: Db;
  clock: Clock;
  config: Config;
}
