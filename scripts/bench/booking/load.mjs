// The load loop shared by the HTTP and the raw-database measurements, so both are driven the same way.

/**
 * Runs `attempt(index)` for indexes 0…attempts-1 with at most `concurrency` in flight, until all are done, the time
 * cap passes or `signal` aborts (whichever comes first). An attempt resolves with an outcome name ('booked',
 * 'SLOT_FULL', …); a thrown error is recorded as an outcome too, so one failure never stops the run.
 */
export async function runLoad({ attempts, concurrency, maxSeconds, signal, attempt }) {
  const results = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  async function worker() {
    while (next < attempts && performance.now() < deadline && !signal.aborted) {
      const index = next;
      next += 1;
      const begun = performance.now();
      const outcome = await attempt(index).catch((error) =>
        `error ${error.code ?? error.name ?? ''} ${error.message}`.trim(),
      );
      const ended = performance.now();
      results.push({ outcome, ms: ended - begun, at: ended - started });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(results, performance.now() - started, attempts);
}

function summarise(results, elapsedMs, planned) {
  const outcomes = {};
  for (const { outcome } of results) {
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  const booked = outcomes.booked ?? 0;
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const seconds = elapsedMs / 1000;
  return {
    planned,
    done: results.length,
    elapsedMs,
    outcomes,
    booked,
    attemptsPerSecond: results.length / seconds,
    bookedPerSecond: booked / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    // When the last place went: for a hot slot, how long it took to sell out.
    lastBookedAtMs: Math.max(0, ...results.filter((r) => r.outcome === 'booked').map((r) => r.at)),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
