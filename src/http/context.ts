import type { Config } from '../config.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { Db } from '../db/database.js';
import type { TrustServices } from '../use-cases/credentials/trust-services.js';

/** What every route needs: the database, the clock, the configuration and the signing services. */
export interface AppContext {
  db: Db;
  clock: Clock;
  config: Config;
  trust: TrustServices;
}
