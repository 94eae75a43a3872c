// Regenerates shared-types/src/api.generated.ts from the server's OpenAPI document (run after changing DTOs).
import { pnpm, run } from './lib.mjs';

if ((await pnpm(['--filter', '@wac/server', 'run', 'build'])) !== 0) {
  process.exit(1);
}
process.exitCode = await run('node', ['server/dist/contract/write-shared-types.js']);
