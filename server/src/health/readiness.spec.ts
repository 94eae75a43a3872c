import { runReadinessChecks, type ReadinessCheck } from './readiness.js';

const check = (name: string, behaviour: () => Promise<void>): ReadinessCheck => ({ name, check: behaviour });
const up = (name: string) => check(name, () => Promise.resolve());
const down = (name: string, reason: string) => check(name, () => Promise.reject(new Error(reason)));
const hanging = (name: string) => check(name, () => new Promise<void>(() => undefined));

describe('runReadinessChecks', () => {
  it('is ready when every check is up, and lists each in order', async () => {
    expect(await runReadinessChecks([up('database'), up('migrations')], 50)).toEqual({
      ready: true,
      checks: [
        { name: 'database', status: 'up' },
        { name: 'migrations', status: 'up' },
      ],
    });
  });

  it('is not ready when one check is down, and says which and why', async () => {
    const result = await runReadinessChecks([up('database'), down('draining', 'shutting down')], 50);
    expect(result.ready).toBe(false);
    expect(result.checks).toEqual([
      { name: 'database', status: 'up' },
      { name: 'draining', status: 'down', reason: 'shutting down' },
    ]);
  });

  it('counts a check that never answers as down, without waiting for it', async () => {
    const result = await runReadinessChecks([hanging('database'), up('draining')], 30);
    expect(result.checks[0]).toEqual({ name: 'database', status: 'down', reason: 'no answer within 30 ms' });
    expect(result.ready).toBe(false);
  });

  it('runs the checks at the same time, so slow checks do not add up', async () => {
    // The first check answers only once the second has started: run one after the other, the first would time out.
    let secondStarted: () => void = () => undefined;
    const second = new Promise<void>((resolve) => (secondStarted = resolve));
    const result = await runReadinessChecks(
      [check('first', () => second), check('second', () => Promise.resolve(secondStarted()))],
      1000,
    );
    expect(result.ready).toBe(true);
  });

  it('is trivially ready with nothing to check', async () => {
    expect(await runReadinessChecks([], 10)).toEqual({ ready: true, checks: [] });
  });
});
