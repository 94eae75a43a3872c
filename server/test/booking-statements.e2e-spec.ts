import type { Logger } from 'typeorm';
import { book, clearRoster, freezeAt, guestToken, putOnDuty, slotId } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * SQL statements a booking costs over HTTP, counted at the driver as the database receives them (BEGIN and COMMIT
 * included). Each one is a round trip on MySQL, and with several processes the database is the shared part: the
 * booking path reads what it can from the caches and writes once.
 */
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

  it('books in at most 9 statements, and refuses a full slot in fewer', async () => {
    const slot = await slotId(t, 'jinjiang', '2026-09-29', '09:00', 'legal');
    // A first booking warms the caches a running server has warm.
    await book(t, await guestToken(t), { slotId: await slotId(t, 'jinjiang', '2026-09-30', '09:00', 'legal') }).expect(
      201,
    );
    const woman = await guestToken(t);
    const booking = await statementsFor(() => book(t, woman, { slotId: slot }).expect(201));
    expect(booking.length).toBeLessThanOrEqual(9);

    const another = await guestToken(t);
    // Refused (the slot is full, or her network already holds its share of new sessions' places) in fewer.
    const full = await statementsFor(async () =>
      expect([409, 429]).toContain((await book(t, another, { slotId: slot })).status),
    );
    expect(full.length).toBeLessThanOrEqual(booking.length);
  });
});
