import type { Logger } from 'typeorm';
import { book, clearRoster, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * What a booking costs the database over HTTP, counted at the driver as the database receives it (BEGIN and COMMIT
 * included): queries, each a round trip on MySQL, where a booking sends its statements together (`runTogether`); and
 * the statements in them. With several processes the database is the shared part: the booking path reads what it can
 * from the caches and writes once. SQLite runs in the process: there every statement is its own query.
 */
const MOST = TEST_DB === 'mysql' ? { queries: 2, refusalQueries: 2 } : { queries: 7, refusalQueries: 5 };
/** Once the server has found a slot full, an attempt there reads its checks alone, in one query. */
const MOST_AT_FULL_SLOT = 1;
const statementsIn = (queries: string[]) => queries.flatMap((query) => query.split(';\n'));

describe(`statements per booking (${TEST_DB})`, () => {
  let t: TestApp;
  const sent: string[] = [];

  beforeAll(async () => {
    // The default share of places new sessions of one network may hold: her booking counts them, as in production.
    t = await startTestApp({ LIMIT_NEW_GUEST_PLACES_PERCENT: '10' });
    freezeAt(t, '2026-09-28 08:30');
    await clearRoster(t, 'jinjiang');
    await putOnDuty(t, 'jinjiang', ['2026-09-29', '2026-09-30'], [['lawyer'], ['counsellor']]);
    const counting: Logger = {
      logQuery: (query: string) => void sent.push(query),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    Object.assign(t.dataSource, { logger: counting });
  });
  afterAll(() => t.close());

  async function statementsFor(action: () => Promise<unknown>): Promise<string[]> {
    sent.length = 0;
    await action();
    return [...sent];
  }

  it(`books in at most ${MOST.queries} queries and 8 statements, and refuses a full slot in ${MOST.refusalQueries}`, async () => {
    const slot = await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal');
    // A first booking warms the caches a running server has warm.
    await book(t, await guestToken(t), { slotId: await slotId(t, 'jinjiang', '2026-09-30', '09:00', 'legal') }).expect(
      201,
    );
    const woman = await guestToken(t);
    const booking = await statementsFor(() => book(t, woman, { slotId: slot }).expect(201));
    expect(booking.length).toBeLessThanOrEqual(MOST.queries);
    expect(statementsIn(booking).length).toBeLessThanOrEqual(8);

    const another = await guestToken(t);
    // Refused (the slot is full, or her network already holds its share of new sessions' places) in fewer.
    const full = await statementsFor(async () =>
      expect([409, 429]).toContain((await book(t, another, { slotId: slot })).status),
    );
    expect(full.length).toBeLessThanOrEqual(MOST.refusalQueries);

    const third = await guestToken(t);
    const stillFull = await statementsFor(async () =>
      expect([409, 429]).toContain((await book(t, third, { slotId: slot })).status),
    );
    expect(stillFull.length).toBeLessThanOrEqual(MOST_AT_FULL_SLOT);
  });
});
