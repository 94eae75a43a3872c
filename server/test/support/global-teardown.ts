import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const folder = process.env.WAC_E2E_TEMP_DIR;
  if (folder !== undefined) {
    rmSync(folder, { recursive: true, force: true });
  }
}
