import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_SLOT_RULES, SlotTemplate, type SlotRules } from './slot-template.entity.js';

@Injectable()
export class SlotTemplateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(centreCode: string, rules: SlotRules): Promise<void> {
    await this.dataSource.getRepository(SlotTemplate).save({ centreCode, ...rules });
  }

  /** The centre's rules, or the defaults when its admin has not set any. */
  async findRules(centreCode: string): Promise<SlotRules> {
    const template = await this.dataSource.getRepository(SlotTemplate).findOneBy({ centreCode });
    if (!template) {
      return DEFAULT_SLOT_RULES;
    }
    const { slotMinutes, bufferMinutes, dayStart, dayEnd, rooms, walkInReserve, bookingWindowDays, leadTimeMinutes } =
      template;
    return { slotMinutes, bufferMinutes, dayStart, dayEnd, rooms, walkInReserve, bookingWindowDays, leadTimeMinutes };
  }
}
