import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { BookingDto, CallbackDto, RecordDto, StaffCallbackDto } from '@wac/shared-types';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { CallbackRequest } from '../src/callbacks/callback.entity.js';
import { createApp } from '../src/app.factory.js';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { deriveKey } from '../src/common/crypto/keys.js';
import { parseConfig } from '../src/config/app-config.js';
import {
  clearRoster,
  demoStaff,
  freezeAt,
  guestToken,
  markDay,
  putOnDuty,
  setTemplate,
  slotId,
} from './support/fixtures.js';
import { distFile, emptyMysqlDatabase, isBuilt, runNode } from './support/processes.js';
import { startTestApp, TEST_DB } from './support/test-app.js';
import { testTempDir } from './support/temp-dir.js';

const SECRET = randomBytes(32).toString('hex');
const CENTRES = ['jinjiang', 'shishi', 'nanan', 'licheng', 'fengze', 'huian'];
const DATES = ['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'];
const PHONE = '13800135678';

interface Attempt {
  sentAt: number;
  answeredAt: number;
  booking: BookingDto;
}

const describeBuilt = isBuilt('database/cli/backup.js', 'database/cli/restore.js') ? describe : describe.skip;

/**
 * The restore drill: fill the database, back it up while women keep booking, wipe it, restore it, and check that
 * everything that existed when the backup started is back and the phone number still decrypts with the same secret.
 */
describeBuilt(`backup and restore drill (${TEST_DB})`, () => {
  it('brings back every booking, record, call-back and audit entry of the moment the backup began', async () => {
    const folder = testTempDir('wac-drill-');
    const t = await startTestApp({ APP_SECRET: SECRET });
    const databaseUrl =
      t.config.database.kind === 'sqlite'
        ? `sqlite:${t.config.database.path}`
        : (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
    const cli = (script: string, args: string[]) =>
      runNode(distFile(`database/cli/${script}.js`), args, {
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'production',
        APP_SECRET: SECRET,
      });

    // Fill: places at six centres on four days, a woman's booking, a call-back with her phone number claimed by a
    // staff member (audited), a consultation record.
    freezeAt(t, '2026-09-28 08:30'); // a Monday
    const places: string[] = [];
    for (const centre of CENTRES) {
      await clearRoster(t, centre);
      await setTemplate(t, centre, { rooms: 4, walkInReserve: 0 });
      await putOnDuty(t, centre, DATES, [['lawyer'], ['lawyer'], ['lawyer']]);
      for (const date of DATES) {
        await markDay(t, date, centre, 'open', '演练');
        for (const start of ['08:00', '09:00', '10:00', '11:00']) {
          const id = await slotId(t, centre, date, start, 'legal');
          places.push(id, id, id);
        }
      }
    }
    await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const http = () => request(t.app.getHttpServer());
    const bookOverHttp = async (slot: string): Promise<Attempt> => {
      const token = await guestToken(t);
      const sentAt = Date.now();
      const response = await fetch(`${base}/api/bookings`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': randomUUID(),
        },
        body: JSON.stringify({ slotId: slot }),
      });
      const booking = (await response.json()) as BookingDto;
      expect(response.status).toBe(201);
      return { sentAt, answeredAt: Date.now(), booking };
    };

    const attempts: Attempt[] = [];
    for (const slot of places.splice(0, 10)) {
      attempts.push(await bookOverHttp(slot));
    }
    const staff = await demoStaff(t, 'jinjiang');
    const woman = await guestToken(t);
    const callback = (
      await http()
        .post('/api/callbacks')
        .set('Authorization', `Bearer ${woman}`)
        .send({
          centreCode: 'jinjiang',
          phone: PHONE,
          windows: [{ weekday: 2, from: '14:00', to: '16:00' }],
          mayIdentify: true,
          mayLeaveMessage: false,
        })
        .expect(201)
    ).body as CallbackDto;
    await http().post(`/api/staff/callbacks/${callback.id}/claim`).set('Authorization', `Bearer ${staff}`).expect(200);
    const record = (
      await http()
        .post('/api/staff/records')
        .set('Authorization', `Bearer ${staff}`)
        .send({
          date: '2026-09-28',
          channel: 'walk_in',
          category: 'marriage_family',
          services: ['legal_advice'],
          referrals: ['none'],
          followUpNeeded: false,
          durationMinutes: 30,
          helperProfession: 'lawyer',
          ageBand: '30_39',
          area: 'jinjiang',
          mandatoryReport: false,
        })
        .expect(201)
    ).body as RecordDto;

    // Back up while four women at a time keep booking; keep going a little after the backup has finished.
    let backupStartedAt = Infinity;
    let backupEndedAt = Infinity;
    let stop = false;
    const worker = async () => {
      while (!stop && places.length > 0) {
        attempts.push(await bookOverHttp(places.shift()!));
      }
    };
    const workers = Promise.all(Array.from({ length: 4 }, worker));
    while (attempts.length < 20) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const auditBeforeBackup = await t.dataSource.getRepository(AuditEntry).find();
    backupStartedAt = Date.now();
    const backup = await cli('backup', ['--out', folder]);
    backupEndedAt = Date.now();
    const bookedByThen = attempts.length;
    while (attempts.length < bookedByThen + 8 && places.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stop = true;
    await workers;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const backupFile = backup.stdout.trim().split('\n').at(-1)!;

    const existed = attempts.filter((a) => a.answeredAt < backupStartedAt).map((a) => a.booking.id);
    const cameLater = attempts.filter((a) => a.sentAt > backupEndedAt).map((a) => a.booking.id);
    const duringBackup = attempts.filter((a) => a.sentAt < backupEndedAt && a.answeredAt > backupStartedAt);
    expect(existed.length).toBeGreaterThanOrEqual(20);
    expect(cameLater.length).toBeGreaterThan(0);
    // Bookings really were being made while the backup ran.
    expect(duringBackup.length).toBeGreaterThan(0);

    // Wipe.
    await t.close();
    if (t.config.database.kind === 'sqlite') {
      const path = t.config.database.path;
      [path, `${path}-wal`, `${path}-shm`].forEach((file) => rmSync(file, { force: true }));
    } else {
      await emptyMysqlDatabase(databaseUrl);
    }

    // Restore; a second restore over the restored database is refused without --replace.
    const restored = await cli('restore', [backupFile]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Its schema matches this build.');
    const again = await cli('restore', [backupFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--replace');

    // A server on the restored database, with the same secret.
    const app = await createApp(
      parseConfig(
        { DATABASE_URL: databaseUrl, APP_SECRET: SECRET, SEED_DEMO: 'false', LOG_LEVEL: 'error' },
        { cwd: process.cwd(), staticDir: '/nonexistent' },
      ),
      { logger: false },
    );
    await app.init();
    try {
      const dataSource = app.get(DataSource);
      const after = () => request(app.getHttpServer());
      const bookings = new Set((await dataSource.query<{ id: string }[]>('SELECT id FROM booking')).map((r) => r.id));
      expect(existed.filter((id) => !bookings.has(id))).toEqual([]);
      expect(cameLater.filter((id) => bookings.has(id))).toEqual([]);

      const audit = new Set((await dataSource.getRepository(AuditEntry).find()).map((entry) => entry.id));
      expect(auditBeforeBackup.length).toBeGreaterThan(0);
      expect(auditBeforeBackup.map((entry) => entry.id).filter((id) => !audit.has(id))).toEqual([]);

      // The staff member who claimed the call-back logs in again and sees the record and the whole number.
      const login = await after()
        .post('/api/auth/login')
        .send({ username: 'staff-jinjiang', password: 'demo-jinjiang-2026' })
        .expect(200);
      const asStaff = { Authorization: `Bearer ${(login.body as { token: string }).token}` };
      const restoredRecord = (await after().get(`/api/staff/records/${record.id}`).set(asStaff).expect(200))
        .body as RecordDto;
      expect(restoredRecord).toEqual(record);
      const restoredCallback = (await after().get(`/api/staff/callbacks/${callback.id}`).set(asStaff).expect(200))
        .body as StaffCallbackDto;
      expect(restoredCallback).toMatchObject({ claimedByMe: true, phone: PHONE, phoneMasked: '138****5678' });
      // The woman's own token still works, and her booking list is back.
      const mine = await after().get('/api/callbacks/mine').set('Authorization', `Bearer ${woman}`).expect(200);
      expect((mine.body as { items: CallbackDto[] }).items.map((c) => c.id)).toEqual([callback.id]);

      // At rest the number is still sealed with the key derived from the same secret, and only that key opens it.
      const row = await dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: callback.id });
      expect(row.phoneEncrypted).not.toContain(PHONE);
      expect(new FieldCipher(deriveKey(SECRET, 'field-encryption-v1')).decrypt(row.phoneEncrypted!)).toBe(PHONE);
      const otherKey = new FieldCipher(deriveKey(randomBytes(32).toString('hex'), 'field-encryption-v1'));
      expect(() => otherKey.decrypt(row.phoneEncrypted!)).toThrow();
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
