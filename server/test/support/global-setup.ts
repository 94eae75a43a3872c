// One folder per run of the e2e suite for the files its tests make (SQLite databases, fake builds, release bundles):
// the tests read it from WAC_E2E_TEMP_DIR (support/temp-dir.ts) and global-teardown.ts deletes it, so a run leaves
// nothing in /tmp, where CI runs on the same machine day after day.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup(): void {
  process.env.WAC_E2E_TEMP_DIR = mkdtempSync(join(tmpdir(), 'wac-e2e-run-'));
}
