import { validationFailed } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { clockToMinutes } from '@wac/rules';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import type { FieldError } from '../common/errors/domain-error.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { slotTimes } from './availability.js';
import type { SlotTemplateDto } from './dto/slot-template.dto.js';
import { SlotTemplateRepository } from './slot-template.repository.js';

@Injectable()
export class SlotTemplateService {
  constructor(
    private readonly templates: SlotTemplateRepository,
    private readonly centres: CentresRepository,
    private readonly audit: AuditService,
  ) {}

  async get(admin: StaffPrincipal, code: string): Promise<SlotTemplateDto> {
    await this.assertCentre(admin, code);
    return this.templates.findRules(code);
  }

  async put(admin: StaffPrincipal, code: string, dto: SlotTemplateDto): Promise<SlotTemplateDto> {
    await this.assertCentre(admin, code);
    const problems: FieldError[] = [];
    if (clockToMinutes(dto.dayStart) >= clockToMinutes(dto.dayEnd)) {
      problems.push({ field: 'dayEnd', reason: 'must be after dayStart' });
    } else if (slotTimes(dto).length === 0) {
      problems.push({ field: 'slotMinutes', reason: 'leaves no session that fits between dayStart and dayEnd' });
    }
    if (dto.walkInReserve >= dto.rooms) {
      problems.push({ field: 'walkInReserve', reason: 'must leave at least one room for bookings' });
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
    const { slotMinutes, bufferMinutes, dayStart, dayEnd, rooms, walkInReserve, bookingWindowDays, leadTimeMinutes } =
      dto;
    await this.templates.save(code, {
      slotMinutes,
      bufferMinutes,
      dayStart,
      dayEnd,
      rooms,
      walkInReserve,
      bookingWindowDays,
      leadTimeMinutes,
    });
    await this.audit.record(admin, 'template.change', { type: 'centre', id: code, centreCode: code });
    return this.templates.findRules(code);
  }

  private async assertCentre(admin: StaffPrincipal, code: string): Promise<void> {
    assertManagesCentre(admin, code);
    if (!(await this.centres.findByCode(code))) {
      throw centreNotFound(code);
    }
  }
}
