import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '../../audit/audit-entry.entity.js';
import { BOOKABLE_SERVICES, type BookableService, BOOKING_STATUSES, type BookingStatus } from '@wac/rules';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const count = (description?: string) =>
  ApiProperty({
    type: Number,
    nullable: true,
    description:
      description ??
      'null: hidden at city level: a small count (1–4), or one that would let a total give a small count away',
  });

export class ReportQueryDto {
  @ApiProperty({ example: '2026-01' })
  @Matches(MONTH, { message: 'must be a month like 2026-01' })
  from: string;

  @ApiProperty({ example: '2026-12' })
  @Matches(MONTH, { message: 'must be a month like 2026-12' })
  to: string;

  @ApiPropertyOptional({
    description: 'One centre (centre admins: always their own); city admins without it: all centres',
  })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class ReportExportQueryDto extends ReportQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'], { message: 'must be csv or xlsx' })
  format: 'csv' | 'xlsx';
}

export class ExportQueryDto {
  @ApiProperty()
  @IsIsoDate()
  from: string;

  @ApiProperty()
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class BookingsExportQueryDto extends ExportQueryDto {
  @ApiPropertyOptional({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  @Omittable()
  @IsIn(BOOKING_STATUSES, { message: `must be one of ${BOOKING_STATUSES.join(', ')}` })
  status?: BookingStatus;

  @ApiPropertyOptional({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  @Omittable()
  @IsIn(BOOKABLE_SERVICES, { message: `must be one of ${BOOKABLE_SERVICES.join(', ')}` })
  service?: BookableService;
}

export class ReportTotalsDto {
  @count() visits: number | null;
  @count() calls: number | null;
  @count() bookingsMade: number | null;
  @count() bookingsConfirmed: number | null;
  @count() bookingsCompleted: number | null;
  @count() bookingsNoShow: number | null;
  @count() callbacks: number | null;
  @count() events: number | null;
  @count() peopleReached: number | null;
  @count('People reached by events + people served (visits and calls)') beneficiaries: number | null;
}

export class ReportMonthDto extends ReportTotalsDto {
  @ApiProperty({ example: '2026-03' })
  month: string;
}

export class BreakdownDto {
  @ApiProperty({ description: 'A record code (category, service or referral)' })
  key: string;

  @count() count: number | null;
}

export class ReportDto {
  @ApiProperty({ enum: ['city', 'centre'], description: 'city: seen by the city level, small counts hidden' })
  scope: 'city' | 'centre';

  @ApiProperty({ type: String, nullable: true })
  centreCode: string | null;

  @ApiProperty({ description: 'Whether small counts were hidden' })
  suppressed: boolean;

  @ApiProperty({ type: [ReportMonthDto] })
  months: ReportMonthDto[];

  @ApiProperty({ type: ReportTotalsDto })
  totals: ReportTotalsDto;

  @ApiProperty({ type: [BreakdownDto] })
  byCategory: BreakdownDto[];

  @ApiProperty({ type: [BreakdownDto] })
  byService: BreakdownDto[];

  @ApiProperty({ type: [BreakdownDto] })
  byReferral: BreakdownDto[];
}

export class AuditQueryDto {
  @ApiProperty()
  @IsIsoDate()
  from: string;

  @ApiProperty()
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, enumName: 'AuditAction', example: 'roster.change' })
  @Omittable()
  @IsIn(AUDIT_ACTIONS, { message: `must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'City admins: one centre' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class AuditEntryDto {
  @ApiProperty()
  at: string;

  @ApiProperty({ type: String, nullable: true })
  actorUsername: string | null;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiProperty({ description: 'The action in the words the console shows, e.g. 修改排班', example: '修改排班' })
  actionLabel: string;

  @ApiProperty()
  targetType: string;

  @ApiProperty()
  targetId: string;

  @ApiProperty({ type: String, nullable: true })
  centreCode: string | null;
}

export class AuditListDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items: AuditEntryDto[];
}
