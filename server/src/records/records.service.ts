import { invalidField, validationFailed } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { addDays, OUTSIDE_AREAS, RECORD_BACKDATE_DAYS, shanghaiClock } from '@wac/rules';
import { CentresRepository } from '../centres/centres.repository.js';
import { Clock } from '../common/clock.js';
import type { FieldError } from '../common/errors/domain-error.js';
import { notAllowed } from '../identity/identity.errors.js';
import { canSeeCentre, staffCentreScope, type StaffPrincipal } from '../identity/principal.js';
import { personalDataInNote } from './anonymity.js';
import type { ConsultationRecord } from './consultation-record.entity.js';
import {
  toRecordDto,
  type CreateRecordDto,
  type RecordDto,
  type RecordFieldsDto,
  type RecordListDto,
  type RecordsQueryDto,
} from './dto/record.dto.js';
import { EDIT_GRACE_HOURS } from './record-codes.js';
import { recordLocked, recordNotFound, recordSuperseded, sourceNotRecordable } from './records.errors.js';
import { RecordsRepository } from './records.repository.js';

@Injectable()
export class RecordsService {
  constructor(
    private readonly records: RecordsRepository,
    private readonly centres: CentresRepository,
    private readonly clock: Clock,
  ) {}

  /** Registers a visit or call; from a finished booking or callback, that one is marked as recorded (not linked). */
  async create(staff: StaffPrincipal, dto: CreateRecordDto): Promise<RecordDto> {
    const centreCode = this.centreFor(staff, dto.centreCode);
    await this.validate(dto);
    const id = randomUUID();
    const channel = dto.fromBookingId ? 'booking' : dto.fromCallbackId ? 'callback' : dto.channel;
    await this.records.runInTransaction(async (manager) => {
      if (dto.fromBookingId && !(await this.records.markBookingRecorded(manager, dto.fromBookingId, centreCode))) {
        throw sourceNotRecordable('booking');
      }
      if (dto.fromCallbackId && !(await this.records.markCallbackRecorded(manager, dto.fromCallbackId, centreCode))) {
        throw sourceNotRecordable('callback');
      }
      await this.records.insert(manager, {
        ...this.fields(dto),
        channel,
        id,
        centreCode,
        createdBy: staff.accountId,
        supersedes: null,
        supersededBy: null,
        createdAt: this.clock.now(),
      });
    });
    return this.get(staff, id);
  }

  async list(staff: StaffPrincipal, query: RecordsQueryDto): Promise<RecordListDto> {
    const scope = staffCentreScope(staff, query.centre);
    const records = await this.records.findCurrent({
      from: query.from,
      to: query.to,
      centreCode: scope.centreCode,
      channel: query.channel,
      category: query.category,
    });
    return { items: records.map(toRecordDto) };
  }

  async get(staff: StaffPrincipal, id: string): Promise<RecordDto> {
    return toRecordDto(await this.mustFind(staff, id));
  }

  /** Within the grace period its author may still fix a record in place. */
  async edit(staff: StaffPrincipal, id: string, dto: RecordFieldsDto): Promise<RecordDto> {
    const record = await this.mustFind(staff, id);
    const graceEnds = record.createdAt.getTime() + EDIT_GRACE_HOURS * 3600 * 1000;
    if (record.createdBy !== staff.accountId || this.clock.now().getTime() > graceEnds) {
      throw recordLocked();
    }
    if (record.supersededBy) {
      throw recordSuperseded();
    }
    await this.validate(dto);
    await this.records.update(id, this.fields(dto));
    return this.get(staff, id);
  }

  /** A correction is a new version; the old one stays, marked as replaced. */
  async correct(staff: StaffPrincipal, id: string, dto: RecordFieldsDto): Promise<RecordDto> {
    const record = await this.mustFind(staff, id);
    await this.validate(dto);
    const correctionId = randomUUID();
    await this.records.runInTransaction(async (manager) => {
      if (!(await this.records.supersede(manager, id, correctionId))) {
        throw recordSuperseded();
      }
      await this.records.insert(manager, {
        ...this.fields(dto),
        id: correctionId,
        centreCode: record.centreCode,
        createdBy: staff.accountId,
        supersedes: id,
        supersededBy: null,
        createdAt: this.clock.now(),
      });
    });
    return this.get(staff, correctionId);
  }

  private fields(
    dto: RecordFieldsDto,
  ): Omit<
    ConsultationRecord,
    'id' | 'centreCode' | 'createdBy' | 'supersedes' | 'supersededBy' | 'createdAt' | 'centre'
  > {
    return {
      date: dto.date,
      channel: dto.channel,
      category: dto.category,
      services: dto.services,
      referrals: dto.referrals,
      followUpNeeded: dto.followUpNeeded,
      durationMinutes: dto.durationMinutes,
      helperProfession: dto.helperProfession,
      ageBand: dto.ageBand,
      area: dto.area,
      mandatoryReport: dto.mandatoryReport,
      note: dto.note || null,
    };
  }

  private async validate(dto: RecordFieldsDto): Promise<void> {
    const problems: FieldError[] = [];
    const today = shanghaiClock(this.clock.now()).date;
    if (dto.date > today) {
      problems.push({ field: 'date', reason: 'must not be in the future' });
    } else if (dto.date < addDays(today, -RECORD_BACKDATE_DAYS)) {
      problems.push({ field: 'date', reason: `must be within the last ${RECORD_BACKDATE_DAYS} days` });
    }
    if (dto.referrals.includes('none') && dto.referrals.length > 1) {
      problems.push({ field: 'referrals', reason: '"none" cannot be combined with a referral' });
    }
    const areas = [...(await this.centres.findAll()).map((c) => c.code), ...OUTSIDE_AREAS];
    if (!areas.includes(dto.area)) {
      problems.push({ field: 'area', reason: `must be one of ${areas.join(', ')}` });
    }
    const personal = dto.note ? personalDataInNote(dto.note) : undefined;
    if (personal) {
      problems.push({ field: 'note', reason: personal });
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
  }

  /** Staff and centre admins record for their own centre; a city admin must say which. */
  private centreFor(staff: StaffPrincipal, requested: string | undefined): string {
    const centre = requested ?? staff.centreCode;
    if (!centre) {
      throw invalidField('centreCode', 'a city admin must name the centre');
    }
    if (!canSeeCentre(staff, centre)) {
      throw notAllowed();
    }
    return centre;
  }

  private async mustFind(staff: StaffPrincipal, id: string): Promise<ConsultationRecord> {
    const record = await this.records.findOne(id, staffCentreScope(staff).centreCode);
    if (!record) {
      throw recordNotFound();
    }
    return record;
  }
}
