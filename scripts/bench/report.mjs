// What every benchmark report says about where and on what it ran, and how it writes numbers.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

export function describeMachine(sharing) {
  const cpus = os.cpus();
  return (
    `Machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}. ${sharing} ` +
    `(1-minute load average at the end: ${os.loadavg()[0].toFixed(2)}).`
  );
}

/** Which code was measured: the build's time and the commit (figures from different builds do not compare). */
export function describeBuild(path = SERVER_MAIN, sources = 'server/src') {
  const built = `${path.replace(ROOT, '')} built ${statSync(path).mtime.toISOString()}`;
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--', sources) !== '';
    return `${built}, repository at ${git('rev-parse', '--short', 'HEAD')}${changed ? ` with uncommitted changes in ${sources}` : ''}`;
  } catch {
    return built;
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function rate(value) {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function ms(value) {
  return Number.isNaN(value) ? '–' : value >= 10 ? value.toFixed(0) : value.toFixed(1);
}
