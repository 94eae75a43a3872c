import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import type { DayCapacity, Taken } from '../availability/availability.js';
import { takenKey } from '../availability/availability.js';
import type { BookableService, BookingStatus } from '@wac/rules';
import type { SlotRef } from '../availability/slot-id.js';
import { RowInserter, runTogether, type Statement, type StatementResult } from '../database/fixed-sql.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { SESSION_LIVE_SQL } from '../identity/client.entity.js';
import { Booking } from './booking.entity.js';
import { freeSeats, type FreeSeats, type TakenSeat } from './seats.js';
import { UPCOMING_STATUSES } from './booking-status.js';

export interface BookingScope {
  /** Only this woman's bookings. */
  clientId?: string;
  /** Only this centre's bookings (undefined: any centre). */
  centreCode?: string;
}

export type BookingWithCentre = Booking & { centreName: string };

export type NewBooking = Omit<Booking, 'centre' | 'client'>;

/** What a new booking is checked against (`checksBeforeBooking`). */
export interface BookingChecks {
  upcoming: number;
  atThisTime: number;
  heldByNetwork: number;
  /** Whether the slot time has a free seat of the service and a free room. */
  placeFree: boolean;
  /** The booking her Idempotency-Key already made, if any (a retry whose first attempt committed). */
  keyBooking: string | null;
}

/** The columns of a booking's checks about her, as either database returns them. */
type ChecksRow = { keyBooking: string | null } & Record<'upcoming' | 'atThisTime' | 'heldByNetwork', unknown>;

export type BookingChanges = Partial<
  Pick<
    Booking,
    | 'status'
    | 'seat'
    | 'roomSeat'
    | 'activeClientId'
    | 'declineReason'
    | 'statusChangedBy'
    | 'statusChangedAt'
    | 'centreCode'
    | 'date'
    | 'startTime'
    | 'endTime'
    | 'service'
  >
>;

/** Database access for bookings; the rules that decide what to write live in BookingsService. */
@Injectable()
export class BookingsRepository {
  private readonly inserter: RowInserter<Booking>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {
    this.inserter = new RowInserter(dataSource, Booking);
  }

  /**
   * Places held per day, slot time and service (bookings with a seat hold one). Asked on every availability read, so
   * plain SQL (no query builder) over the covering index UQ_booking_service_seat (centre, date, time, service, seat).
   */
  async countTaken(centreCode: string, from: string, to: string): Promise<Map<string, Taken>> {
    const rows = await this.dataSource.query<
      { date: string; startTime: string; service: Booking['service']; taken: string | number }[]
    >(
      'SELECT `date`, `startTime`, `service`, COUNT(*) AS `taken` FROM `booking` ' +
        'WHERE `centreCode` = ? AND `date` BETWEEN ? AND ? AND `seat` IS NOT NULL ' +
        'GROUP BY `date`, `startTime`, `service`',
      [centreCode, from, to],
    );
    const byDate = new Map<string, Taken>();
    for (const row of rows) {
      const taken = byDate.get(row.date) ?? { byService: new Map(), byTime: new Map() };
      const count = Number(row.taken);
      taken.byService.set(takenKey(row.startTime, row.service), count);
      taken.byTime.set(row.startTime, (taken.byTime.get(row.startTime) ?? 0) + count);
      byDate.set(row.date, taken);
    }
    return byDate;
  }

  /** The booking an Idempotency-Key made, if any (asked after every refusal, so a statement written once). */
  async findIdByIdempotencyKey(clientId: string, idempotencyKey: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      'SELECT `id` FROM `booking` WHERE `clientId` = ? AND `idempotencyKey` = ?',
      [clientId, idempotencyKey],
    );
    return row?.id;
  }

  async findOne(id: string, scope: BookingScope): Promise<BookingWithCentre | undefined> {
    const [booking] = await this.query(scope).andWhere('b.id = :id', { id }).getMany();
    return booking ? withCentreName(booking) : undefined;
  }

  /** Any woman's booking by its short code (the code is the only key she needs). */
  async findByCode(code: string): Promise<BookingWithCentre | undefined> {
    const [booking] = await this.query({}).andWhere('b.code = :code', { code }).getMany();
    return booking ? withCentreName(booking) : undefined;
  }

  async findMany(
    scope: BookingScope,
    filter: { from?: string; to?: string; statuses?: BookingStatus[]; service?: BookableService } = {},
  ): Promise<BookingWithCentre[]> {
    const query = this.query(scope);
    if (filter.from && filter.to) {
      query.andWhere('b.date BETWEEN :from AND :to', { from: filter.from, to: filter.to });
    }
    if (filter.statuses?.length) {
      query.andWhere('b.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.service) {
      query.andWhere('b.service = :service', { service: filter.service });
    }
    const bookings = await query
      .orderBy('b.date', 'ASC')
      .addOrderBy('b.startTime', 'ASC')
      .addOrderBy('b.createdAt', 'ASC')
      .getMany();
    return bookings.map(withCentreName);
  }

  /** Forgets what she wrote and asked for: of one woman's bookings, or of every booking older than a date. */
  async eraseDetails(where: { clientId: string } | { before: string }): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(Booking)
      .set({ topic: null, needs: null })
      .where('(topic IS NOT NULL OR needs IS NOT NULL)');
    if ('clientId' in where) {
      query.andWhere('clientId = :clientId', { clientId: where.clientId });
    } else {
      query.andWhere('date < :before', { before: where.before });
    }
    return (await query.execute()).affected ?? 0;
  }

  runInTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(work);
  }

  /**
   * Holds one slot time of one centre for the rest of the transaction. On MySQL an upsert takes the row's exclusive
   * lock in one step (INSERT IGNORE + SELECT … FOR UPDATE would take a shared lock first, and two such transactions
   * deadlock upgrading it). SQLite needs nothing: its transactions already run one at a time.
   */
  async lockSlotTime(manager: EntityManager, ref: Pick<SlotRef, 'centreCode' | 'date' | 'start'>): Promise<void> {
    await runTogether(manager, [this.slotTimeLock(ref)]);
  }

  /** `lockSlotTime` as a statement (none on SQLite), to be run with others of the transaction (`runTogether`). */
  slotTimeLock(ref: Pick<SlotRef, 'centreCode' | 'date' | 'start'>): Statement<void> | undefined {
    if (this.transactions.dialect === 'sqlite') {
      return undefined;
    }
    return {
      sql:
        'INSERT INTO `slot_lock` (`centreCode`, `date`, `startTime`) VALUES (?, ?, ?) ' +
        'ON DUPLICATE KEY UPDATE `startTime` = VALUES(`startTime`)',
      parameters: [ref.centreCode, ref.date, ref.start],
      read: () => undefined,
    };
  }

  /** Bookings on these dates that hold a place and have not started yet (they would be dropped by a closure). */
  findHoldingPlaceOn(
    manager: EntityManager,
    dates: string[],
    now: { date: string; clock: string },
  ): Promise<Booking[]> {
    if (dates.length === 0) {
      return Promise.resolve([]);
    }
    return this.holdingPlaceOn(manager, dates, now).getMany();
  }

  /** Per centre, how many bookings hold a place on these dates and have not started yet. */
  async countHoldingPlaceOn(
    dates: string[],
    now: { date: string; clock: string },
  ): Promise<{ centreCode: string; centreName: string; count: number }[]> {
    if (dates.length === 0) {
      return [];
    }
    const rows = await this.holdingPlaceOn(this.dataSource.manager, dates, now)
      .innerJoin('b.centre', 'centre')
      .select(['b.centreCode AS centreCode', 'centre.name AS centreName', 'COUNT(*) AS n'])
      .groupBy('b.centreCode')
      .addGroupBy('centre.name')
      .orderBy('b.centreCode')
      .getRawMany<{ centreCode: string; centreName: string; n: string | number }>();
    return rows.map((row) => ({ centreCode: row.centreCode, centreName: row.centreName, count: Number(row.n) }));
  }

  private holdingPlaceOn(manager: EntityManager, dates: string[], now: { date: string; clock: string }) {
    return manager
      .getRepository(Booking)
      .createQueryBuilder('b')
      .where('b.date IN (:...dates) AND b.status IN (:...statuses)', { dates, statuses: ['pending', 'confirmed'] })
      .andWhere(
        new Brackets((q) => q.where('b.date > :date', now).orWhere('b.date = :date AND b.startTime > :clock', now)),
      );
  }

  /** Her bookings that hold a place and are still to come. */
  countUpcoming(manager: EntityManager, clientId: string, now: { date: string; clock: string }): Promise<number> {
    return manager
      .getRepository(Booking)
      .createQueryBuilder('b')
      .where('b.clientId = :clientId AND b.status IN (:...statuses)', { clientId, statuses: UPCOMING_STATUSES })
      .andWhere(
        new Brackets((q) => q.where('b.date > :date', now).orWhere('b.date = :date AND b.startTime > :clock', now)),
      )
      .getCount();
  }

  /**
   * What a new booking must be checked against and the seats it could take, in one statement (one round trip inside
   * the booking's transaction, which must have locked the slot time first): her upcoming bookings, whether she already
   * holds a place at that time, for an H5 session the places at that centre that sessions of her network hold
   * unconfirmed, still to come; the booking her Idempotency-Key made, if any; and a free seat of the service with a
   * free room at that time (undefined when either is full). A statement, to be run with the others of the transaction
   * (`runTogether`).
   */
  checksBeforeBooking(
    person: BookingPerson,
    ref: SlotRef,
    now: { date: string; clock: string },
    capacity: DayCapacity,
  ): Statement<BookingChecks & { seats: FreeSeats | undefined }> {
    const checks = personChecks(person, ref, now);
    // The checks' row first, then one row per place held at that slot time (a seat, a room, or both).
    const sql =
      `SELECT 'checks' AS kind, ${checks.columns.join(', ')}, NULL AS service, NULL AS seat, NULL AS roomSeat ` +
      "UNION ALL SELECT 'seat', NULL, NULL, NULL, NULL, b.`service`, b.`seat`, b.`roomSeat` FROM `booking` b " +
      'WHERE b.`centreCode` = ? AND b.`date` = ? AND b.`startTime` = ?';
    const read = (result: StatementResult) => {
      const rows = result.rows as (ChecksRow & TakenSeat & { kind: 'checks' | 'seat' })[];
      const counts = rows.find((row) => row.kind === 'checks');
      const seats = freeSeats(
        rows.filter((row) => row.kind === 'seat'),
        ref.service,
        capacity,
      );
      return { ...readChecks(counts), placeFree: seats !== undefined, seats };
    };
    return { sql, parameters: [...checks.parameters, ref.centreCode, ref.date, ref.start], read };
  }

  /**
   * The same checks, read without locking anything, to see whether she would be refused: whether her session is live
   * and whether the slot time has a free seat of the service and a free room, counted in the statement (a seat number
   * from 1 to the capacity that nobody holds exists exactly when fewer than the capacity hold one: the unique keys
   * allow one holder per number), without a row per place held.
   */
  checksToRefuse(
    person: BookingPerson & { tokenVersion: number },
    ref: SlotRef,
    now: { date: string; clock: string },
    capacity: DayCapacity,
  ): Statement<BookingChecks & { sessionLive: boolean }> {
    const checks = personChecks(person, ref, now);
    const atSlot = 'FROM booking b WHERE b.`centreCode` = ? AND b.`date` = ? AND b.`startTime` = ?';
    const sql =
      `SELECT ${checks.columns.join(', ')}, ` +
      `(SELECT COUNT(1) FROM client WHERE client.id = ? AND ${SESSION_LIVE_SQL}) AS sessionLive, ` +
      `(SELECT COUNT(1) ${atSlot} AND b.\`service\` = ? AND b.\`seat\` BETWEEN 1 AND ?) AS seatsTaken, ` +
      `(SELECT COUNT(1) ${atSlot} AND b.\`roomSeat\` BETWEEN 1 AND ?) AS roomsTaken`;
    const slot = [ref.centreCode, ref.date, ref.start];
    const serviceSeats = capacity.services[ref.service];
    const parameters = [
      ...checks.parameters,
      person.clientId,
      person.tokenVersion,
      ...slot,
      ref.service,
      serviceSeats,
      ...slot,
      capacity.rooms,
    ];
    const read = (result: StatementResult) => {
      const [row] = result.rows as (ChecksRow & Record<'sessionLive' | 'seatsTaken' | 'roomsTaken', unknown>)[];
      return {
        ...readChecks(row),
        placeFree: Number(row?.seatsTaken) < serviceSeats && Number(row?.roomsTaken) < capacity.rooms,
        sessionLive: Number(row?.sessionLive ?? 0) > 0,
      };
    };
    return { sql, parameters, read };
  }

  /**
   * Picks a free seat of the service and a free room at one slot time, inside the caller's transaction and after it
   * locked the slot time; undefined when either is full. The unique constraints on the seat columns back this up.
   */
  async takeSeats(
    manager: EntityManager,
    ref: SlotRef,
    capacity: DayCapacity,
    exceptBookingId?: string,
  ): Promise<FreeSeats | undefined> {
    const rows = await manager.query<(TakenSeat & { id: string })[]>(
      'SELECT `id`, `service`, `seat`, `roomSeat` FROM `booking` WHERE `centreCode` = ? AND `date` = ? AND `startTime` = ?',
      [ref.centreCode, ref.date, ref.start],
    );
    const others = rows.filter((row) => row.id !== exceptBookingId);
    return freeSeats(others, ref.service, capacity);
  }

  hasBookingAt(
    manager: EntityManager,
    clientId: string,
    date: string,
    start: string,
    exceptId?: string,
  ): Promise<boolean> {
    const query = manager
      .getRepository(Booking)
      .createQueryBuilder('b')
      .where('b.activeClientId = :clientId AND b.date = :date AND b.startTime = :start', { clientId, date, start });
    if (exceptId) {
      query.andWhere('b.id <> :exceptId', { exceptId });
    }
    return query.getExists();
  }

  /** Inserts as given (its `createdAt` included), without reading anything back. */
  insert(manager: EntityManager, booking: NewBooking): Promise<void> {
    return this.inserter.insert(manager, [booking]);
  }

  /** `insert` as a statement, to be run with others of the transaction (`runTogether`). */
  insertion(booking: NewBooking): Statement<void> {
    return this.inserter.insertion([booking]);
  }

  /**
   * Compare-and-swap: changes the booking only if it is still in one of `from` (and in scope). Returns whether it
   * did, so two staff acting at once cannot both win.
   */
  async transition(
    executor: EntityManager | undefined,
    id: string,
    scope: BookingScope,
    from: readonly BookingStatus[],
    changes: BookingChanges,
  ): Promise<boolean> {
    const query = (executor ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(Booking)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND status IN (:...from)', { id, from });
    if (scope.clientId) {
      query.andWhere('clientId = :clientId', { clientId: scope.clientId });
    }
    if (scope.centreCode) {
      query.andWhere('centreCode = :centreCode', { centreCode: scope.centreCode });
    }
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  private query(scope: BookingScope) {
    const query = this.dataSource
      .getRepository(Booking)
      .createQueryBuilder('b')
      .innerJoinAndSelect('b.centre', 'centre')
      .where('1 = 1');
    if (scope.clientId) {
      query.andWhere('b.clientId = :clientId', { clientId: scope.clientId });
    }
    if (scope.centreCode) {
      query.andWhere('b.centreCode = :centreCode', { centreCode: scope.centreCode });
    }
    return query;
  }
}

function withCentreName(booking: Booking): BookingWithCentre {
  return Object.assign(booking, { centreName: booking.centre?.name ?? booking.centreCode });
}

/** Who is booking, as her checks need it. */
export type BookingPerson = { clientId: string; origin: string | undefined; idempotencyKey: string };

/** The columns of a booking's checks about her (`BookingChecks`), with their parameters. */
function personChecks(person: BookingPerson, ref: SlotRef, now: { date: string; clock: string }) {
  const future = '(b.`date` > ? OR (b.`date` = ? AND b.`startTime` > ?))';
  const futureParameters = [now.date, now.date, now.clock];
  const statuses = UPCOMING_STATUSES.map(() => '?').join(', ');
  const columns = [
    `(SELECT COUNT(1) FROM booking b WHERE b.clientId = ? AND b.status IN (${statuses}) AND ${future}) AS upcoming`,
    '(SELECT COUNT(1) FROM booking b WHERE b.activeClientId = ? AND b.`date` = ? AND b.startTime = ?) AS atThisTime',
    person.origin
      ? '(SELECT COUNT(1) FROM booking b INNER JOIN client c ON c.id = b.clientId WHERE c.originHash = ? AND ' +
        `b.centreCode = ? AND b.status = 'pending' AND ${future}) AS heldByNetwork`
      : '0 AS heldByNetwork',
    '(SELECT b.id FROM booking b WHERE b.clientId = ? AND b.idempotencyKey = ?) AS keyBooking',
  ];
  const parameters: unknown[] = [
    person.clientId,
    ...UPCOMING_STATUSES,
    ...futureParameters,
    person.clientId,
    ref.date,
    ref.start,
    ...(person.origin ? [person.origin, ref.centreCode, ...futureParameters] : []),
    person.clientId,
    person.idempotencyKey,
  ];
  return { columns, parameters };
}

function readChecks(
  row: ChecksRow | undefined,
): Pick<BookingChecks, 'upcoming' | 'atThisTime' | 'heldByNetwork' | 'keyBooking'> {
  return {
    upcoming: Number(row?.upcoming ?? 0),
    atThisTime: Number(row?.atThisTime ?? 0),
    heldByNetwork: Number(row?.heldByNetwork ?? 0),
    keyBooking: row?.keyBooking ?? null,
  };
}
