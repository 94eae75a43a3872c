/**
 * One thing this process needs before it can serve (the database answers, the schema is current, it is not
 * shutting down, …). A check resolves when all is well and throws with a short reason when not; the reason is shown
 * to whoever probes readiness, so it must never hold personal data or secrets.
 */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/** The list of checks readiness runs; `health.module.ts` builds it. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export interface CheckResult {
  name: string;
  status: 'up' | 'down';
  reason?: string;
}

/** Runs every check at once, each bounded by `timeoutMs`: a check that hangs counts as down. */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
): Promise<{ ready: boolean; checks: CheckResult[] }> {
  const results = await Promise.all(checks.map((check) => runOne(check, timeoutMs)));
  return { ready: results.every((result) => result.status === 'up'), checks: results };
}

async function runOne(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check.check(), timeout]);
    return { name: check.name, status: 'up' };
  } catch (error) {
    return { name: check.name, status: 'down', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
