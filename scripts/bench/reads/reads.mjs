// What the reads benchmarks share: the throwaway database, the two reads they load a server with, and the load
// itself (autocannon, GET only).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { claimMysqlBenchDatabase, MYSQL_URL, openMysql, openSqlite } from '../booking/database.mjs';

const autocannon = createRequire(import.meta.url)('autocannon');

/** Where she might be: around Quanzhou's districts (GCJ-02, rounded to 100 m as the mini-program sends them). */
const POSITIONS = [
  [24.797, 118.575],
  [24.905, 118.59],
  [25.12, 118.92],
  [24.73, 118.65],
  [25.06, 118.2],
  [25.49, 118.25],
  [24.96, 118.39],
  [25.03, 118.8],
];
const SERVICES = ['legal', 'counselling', 'mediation'];

/**
 * SQLite: a file in a fresh temp dir. MySQL: the `wac_bench` database, dropped and created (never `test`), held for
 * this run. What to undo is pushed on `cleanups`.
 */
export async function createThrowawayDatabase(kind, cleanups) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(os.tmpdir(), 'wac-bench-reads-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'bench.sqlite');
    return { databaseUrl: `sqlite:${path}`, open: async () => openSqlite(path) };
  }
  cleanups.push(await claimMysqlBenchDatabase());
  return { databaseUrl: MYSQL_URL, open: openMysql };
}

/** Paths of nearest centres (8 positions in turn) and of availability (every open centre × 3 services, 21 days). */
export function readPaths(centres, today) {
  const to = addDays(today, 20);
  return {
    nearest: POSITIONS.map(([lat, lng]) => `/api/centres?lat=${lat}&lng=${lng}`),
    // As the booking page asks: today and the next 20 days, for one service; every open centre in turn.
    availability: centres.flatMap((code) =>
      SERVICES.map((service) => `/api/centres/${code}/availability?from=${today}&to=${to}&service=${service}`),
    ),
  };
}

/** `connections` connections asking `paths` in turn for `seconds`; autocannon's result. */
export function load(url, paths, seconds, connections) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400 * 1000).toISOString().slice(0, 10);
}
