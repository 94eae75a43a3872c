// Background processes of the local cluster, each known by a pid file in the layout's run folder. Only processes whose
// pid file we wrote, and whose command line still matches, are ever signalled.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

const pidFile = (layout, name) => join(layout.runDir, `${name}.pid`);

/** Starts `command` detached from this process (it outlives `npm run cluster`), output appended to its log file. */
export function startDetached(layout, name, command, args, { env = {}, cwd } = {}) {
  mkdirSync(layout.runDir, { recursive: true });
  mkdirSync(layout.logDir, { recursive: true });
  const log = openSync(join(layout.logDir, `${name}.log`), 'a');
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  child.unref();
  writeFileSync(pidFile(layout, name), `${child.pid}\n${command} ${args.join(' ')}\n`);
  return child.pid;
}

/** The pid of our process `name` if it is still running (and is still the program we started), else undefined. */
export function runningPid(layout, name) {
  const file = pidFile(layout, name);
  if (!existsSync(file)) {
    return undefined;
  }
  const [pidLine, commandLine = ''] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!pid || !isAlive(pid)) {
    return undefined;
  }
  // A recycled pid belongs to someone else: the program we started must still be the one running.
  const program = commandLine.split(' ')[0] ?? '';
  const cmdline = readCmdline(pid);
  return cmdline.includes(program.split('/').at(-1) ?? program) ? pid : undefined;
}

function readCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie (killed, not yet reaped by its parent) is not running.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}

/** Sends `signal` to our process `name` and waits until it is gone (SIGKILL after `graceMs`). */
export async function stopProcess(layout, name, { signal = 'SIGTERM', graceMs = 15_000 } = {}) {
  const pid = runningPid(layout, name);
  if (pid === undefined) {
    rmSync(pidFile(layout, name), { force: true });
    return false;
  }
  process.kill(pid, signal);
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline && signal !== 'SIGKILL') {
      process.kill(pid, 'SIGKILL');
    }
    await sleep(100);
  }
  rmSync(pidFile(layout, name), { force: true });
  return true;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (used) => {
      socket.destroy();
      resolve(used);
    };
    socket.setTimeout(1000, () => done(true));
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

/** Who listens on a port ("nginx (pid 123)"), from `ss`, for the error message when it is not one of ours. */
export function portOwner(port) {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(out);
    return match ? `${match[1]} (pid ${match[2]})` : 'another program';
  } catch {
    return 'another program';
  }
}

/** Fails with a clear message naming the port, what it was for, and who has it. */
export async function requireFreePort(port, purpose) {
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} (${purpose}) is already taken by ${portOwner(port)}. Stop that program, or stop a cluster started ` +
        'from another folder (npm run cluster:down there), then run this again.',
    );
  }
}

/** Polls `probe` until it resolves truthy; fails naming `what` after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 60_000, intervalMs = 250, explain } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${explain ? `\n${explain()}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** The last lines of a log file, to show why something did not start. */
export function tail(path, lines = 15) {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${path})`;
  }
}
