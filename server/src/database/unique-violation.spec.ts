import { uniqueKeyViolated, type UniqueKeyCatalogue } from './unique-violation.js';

const catalogue: UniqueKeyCatalogue[] = [
  {
    tableName: 'booking',
    uniques: [
      {
        name: 'UQ_booking_person_time',
        columns: [{ databaseName: 'date' }, { databaseName: 'startTime' }, { databaseName: 'activeClientId' }],
      },
      { name: 'UQ_booking_idempotency', columns: [{ databaseName: 'clientId' }, { databaseName: 'idempotencyKey' }] },
    ],
    indices: [{ name: 'IDX_booking_client', isUnique: false, columns: [{ databaseName: 'clientId' }] }],
  },
  {
    tableName: 'account',
    uniques: [],
    indices: [{ name: 'IDX_abc123', isUnique: true, columns: [{ databaseName: 'username' }] }],
  },
];

const mysqlError = (message: string) => Object.assign(new Error(message), { code: 'ER_DUP_ENTRY' });
const sqliteError = (message: string, code = 'SQLITE_CONSTRAINT_UNIQUE') => Object.assign(new Error(message), { code });

describe('uniqueKeyViolated', () => {
  it('reads the key name from MariaDB and MySQL 8 messages', () => {
    expect(
      uniqueKeyViolated(
        mysqlError("Duplicate entry '2026-10-12-09:00-c1' for key 'UQ_booking_person_time'"),
        catalogue,
      ),
    ).toBe('UQ_booking_person_time');
    expect(
      uniqueKeyViolated(mysqlError("Duplicate entry 'x' for key 'booking.UQ_booking_idempotency'"), catalogue),
    ).toBe('UQ_booking_idempotency');
  });

  it('turns the columns SQLite lists back into the same key name, whatever their order', () => {
    const error = sqliteError('UNIQUE constraint failed: booking.activeClientId, booking.date, booking.startTime');
    expect(uniqueKeyViolated(error, catalogue)).toBe('UQ_booking_person_time');
    expect(uniqueKeyViolated(sqliteError('UNIQUE constraint failed: account.username'), catalogue)).toBe('IDX_abc123');
  });

  it('finds the key behind a driver error wrapped by TypeORM', () => {
    const wrapped = Object.assign(new Error('UNIQUE constraint failed: booking.clientId, booking.idempotencyKey'), {
      driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE' },
    });
    expect(uniqueKeyViolated(wrapped, catalogue)).toBe('UQ_booking_idempotency');
  });

  it('names primary keys PRIMARY and unknown keys unknown, and ignores other errors', () => {
    expect(
      uniqueKeyViolated(sqliteError('UNIQUE constraint failed: booking.id', 'SQLITE_CONSTRAINT_PRIMARYKEY'), catalogue),
    ).toBe('PRIMARY');
    expect(uniqueKeyViolated(sqliteError('UNIQUE constraint failed: other.x'), catalogue)).toBe('unknown');
    expect(uniqueKeyViolated(new Error('connection lost'), catalogue)).toBeUndefined();
    expect(uniqueKeyViolated(Object.assign(new Error('x'), { code: 'ER_LOCK_DEADLOCK' }), catalogue)).toBeUndefined();
  });
});
