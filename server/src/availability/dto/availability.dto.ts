import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { DAY_CLOSED_REASONS } from '../../calendar/service-day.js';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import { UNBOOKABLE_DAY_REASONS, type DayReason } from '../availability.js';
import { BOOKABLE_SERVICES, type BookableService } from '@wac/rules';

export const DAY_REASONS = [...DAY_CLOSED_REASONS, ...UNBOOKABLE_DAY_REASONS] as const;

export class AvailabilityQueryDto {
  @ApiProperty({ example: '2026-12-01', description: 'First day (Asia/Shanghai calendar date)' })
  @IsIsoDate()
  from: string;

  @ApiProperty({ example: '2026-12-14', description: 'Last day, at most 31 days after `from`' })
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  @Omittable()
  @IsString()
  @IsIn(BOOKABLE_SERVICES, { message: `must be one of ${BOOKABLE_SERVICES.join(', ')}` })
  service?: BookableService;
}

export class AvailableSlotDto {
  @ApiProperty({ description: 'Opaque; send it back to book' })
  slotId: string;

  @ApiProperty({ example: '09:00', description: 'Start, Asia/Shanghai wall clock' })
  start: string;

  @ApiProperty({ example: '09:50' })
  end: string;

  @ApiProperty({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  service: BookableService;

  @ApiProperty({ description: 'Places left; 0 means full right now' })
  remaining: number;
}

export class AvailabilityDayDto {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ description: '1 = Monday … 7 = Sunday' })
  weekday: number;

  @ApiProperty({ description: 'Whether the day can be booked at all' })
  open: boolean;

  @ApiPropertyOptional({
    enum: DAY_REASONS,
    enumName: 'AvailabilityDayReason',
    description: 'Why the day cannot be booked',
  })
  reason?: DayReason;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The holiday or closure name, or the 调休 working day note',
  })
  note: string | null;

  @ApiProperty({
    description:
      "The year's official holiday schedule is not out yet: the day follows the provisional calendar and may change " +
      '(可能因节假日安排调整)',
  })
  provisional: boolean;

  @ApiProperty({ type: [AvailableSlotDto] })
  slots: AvailableSlotDto[];
}

export class AvailabilityDto {
  @ApiProperty()
  centreCode: string;

  @ApiProperty({ type: [AvailabilityDayDto] })
  days: AvailabilityDayDto[];
}
