// CPU time of the processes involved in a measurement (Linux /proc), to show which one the 2 cores are spent on.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = clockTicks();

function clockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
}

/**
 * user + system CPU seconds so far of a process, or of several (a function listing them, e.g. a cluster's server
 * processes), or undefined if it cannot be read.
 */
function cpuSeconds(pid) {
  if (typeof pid === 'function') {
    const seconds = pid().map(cpuSeconds);
    return seconds.includes(undefined) ? undefined : seconds.reduce((sum, value) => sum + value, 0);
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine has been busy (all cores; idle and iowait excluded). */
function machineBusySeconds() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** The MariaDB/MySQL server's process id, when it runs on this machine. */
export function findDatabasePid() {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .find((pid) => {
        try {
          return ['mariadbd', 'mysqld'].includes(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
        } catch {
          return false;
        }
      });
  } catch {
    return undefined;
  }
}

/**
 * Starts measuring the named processes, this one (the load generator) and the machine; `stop()` returns each one's
 * CPU use as a percentage of one core over the interval (200 % = both cores of a 2-core machine), and `other`: what
 * everything else on the machine used meanwhile, which disturbs the figures.
 */
export function startCpuMeter(pids) {
  const started = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const machineBefore = machineBusySeconds();
  const benchBefore = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const percent = (from, to) => (from === undefined || to === undefined ? undefined : (100 * (to - from)) / seconds);
    const usage = {};
    for (const [name, pid] of Object.entries(pids)) {
      usage[name] = percent(before[name], cpuSeconds(pid));
    }
    const bench = process.cpuUsage(benchBefore);
    usage.bench = (100 * (bench.user + bench.system)) / 1e6 / seconds;
    const machine = percent(machineBefore, machineBusySeconds());
    const ours = Object.values(usage).reduce((sum, value) => sum + (value ?? 0), 0);
    usage.other = machine === undefined ? undefined : Math.max(0, machine - ours);
    return usage;
  };
}
