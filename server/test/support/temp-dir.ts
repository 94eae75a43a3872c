import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new folder inside this run's folder (deleted after the run by global-teardown.ts), or in the system's temporary
 * folder outside a Jest run.
 */
export function testTempDir(prefix: string): string {
  return mkdtempSync(join(process.env.WAC_E2E_TEMP_DIR ?? tmpdir(), prefix));
}
