// Maintained by src/database/cli/generate-migration.ts: every migration of this dialect, oldest first.
import { Initial1795915155702 } from './1795915155702-Initial.js';

export const MYSQL_MIGRATIONS = [Initial1795915155702];
