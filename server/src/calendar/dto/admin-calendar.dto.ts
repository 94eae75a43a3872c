import { Omittable } from '../../common/validation/decorators.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  IsObject,
  ValidateNested,
} from 'class-validator';
import { CALENDAR_KINDS, type CalendarKind } from '../service-day.js';
import { FESTIVALS, type Festival } from '../statutory-holidays.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CalendarQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ description: "Also this centre's own closures and extra days" })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class PutCalendarMarkDto {
  @ApiProperty({ description: "'*' for every centre (city admins), or a centre code" })
  @IsString()
  @Length(1, 32)
  scope: string;

  @ApiProperty({
    enum: CALENDAR_KINDS,
    enumName: 'CalendarKind',
    description: 'A centre may only be closed or opened; holiday/workday are city-wide',
  })
  @IsIn(CALENDAR_KINDS, { message: `must be one of ${CALENDAR_KINDS.join(', ')}` })
  kind: CalendarKind;

  @ApiPropertyOptional({ maxLength: 64 })
  @Omittable()
  @IsString()
  @MaxLength(64)
  name?: string;
}

export class DeleteCalendarMarkQueryDto {
  @ApiProperty()
  @IsString()
  @Length(1, 32)
  scope: string;
}

export class CalendarMarkDto {
  @ApiProperty()
  date: string;

  @ApiProperty()
  scope: string;

  @ApiProperty({ enum: CALENDAR_KINDS, enumName: 'CalendarKind' })
  kind: CalendarKind;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ enum: ['official', 'admin'] })
  source: 'official' | 'admin';
}

export class StatutoryDayDto {
  @ApiProperty()
  date: string;

  @ApiProperty({ enum: FESTIVALS, enumName: 'Festival' })
  festival: Festival;
}

export class CalendarYearDto {
  @ApiProperty()
  year: number;

  @ApiProperty({
    description: "The year's official holiday schedule is loaded; without it the year runs on the provisional calendar",
  })
  hasOfficialSchedule: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the official schedule came from: chinese-days@<version>, or admin:<account id>',
  })
  scheduleSource: string | null;

  @ApiProperty({
    type: [StatutoryDayDto],
    description: 'The statutory holidays computed from the fixed rules (what the provisional calendar closes)',
  })
  statutoryHolidays: StatutoryDayDto[];

  @ApiProperty({ description: "Next year's is loaded too (warn admins when it is not, from November on)" })
  nextYearHasSchedule: boolean;

  @ApiProperty({ type: [CalendarMarkDto] })
  marks: CalendarMarkDto[];
}

export class CalendarYearStateDto {
  @ApiProperty()
  year: number;

  @ApiProperty({ description: 'false: the provisional calendar (weekdays open, statutory holidays closed)' })
  official: boolean;

  @ApiProperty({ type: String, nullable: true })
  source: string | null;
}

export class CalendarYearListDto {
  @ApiProperty({ type: [CalendarYearStateDto] })
  items: CalendarYearStateDto[];
}

export class OfficialHolidayDto {
  @ApiProperty({ enum: FESTIVALS, enumName: 'Festival' })
  @IsIn(FESTIVALS, { message: `must be one of ${FESTIVALS.join(', ')}` })
  festival: Festival;

  @ApiProperty({ example: '2027-02-05' })
  @IsString()
  @Matches(ISO_DATE, { message: 'must be a date like 2027-02-05' })
  from: string;

  @ApiProperty({ example: '2027-02-11' })
  @IsString()
  @Matches(ISO_DATE, { message: 'must be a date like 2027-02-11' })
  to: string;
}

export class OfficialWorkdayDto {
  @ApiProperty({ example: '2027-02-14', description: 'A Saturday or Sunday worked in exchange (调休上班)' })
  @IsString()
  @Matches(ISO_DATE, { message: 'must be a date like 2027-02-14' })
  date: string;

  @ApiProperty({ enum: FESTIVALS, enumName: 'Festival', description: 'The holiday it belongs to' })
  @IsIn(FESTIVALS, { message: `must be one of ${FESTIVALS.join(', ')}` })
  festival: Festival;
}

/** A year's schedule as the State Council announced it. */
export class OfficialScheduleDto {
  @ApiProperty({ type: [OfficialHolidayDto] })
  @IsArray()
  @ArrayMaxSize(FESTIVALS.length * 2)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => OfficialHolidayDto)
  holidays: OfficialHolidayDto[];

  @ApiProperty({ type: [OfficialWorkdayDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => OfficialWorkdayDto)
  workdays: OfficialWorkdayDto[];
}

export class DayViewDto {
  @ApiProperty()
  open: boolean;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty()
  provisional: boolean;
}

export class DayChangeDto {
  @ApiProperty()
  date: string;

  @ApiProperty({ type: DayViewDto })
  before: DayViewDto;

  @ApiProperty({ type: DayViewDto })
  after: DayViewDto;
}

export class BookingsToMoveDto {
  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  centreName: string;

  @ApiProperty()
  count: number;
}

export class OfficialSchedulePreviewDto {
  @ApiProperty()
  year: number;

  @ApiProperty({
    type: [DayChangeDto],
    description: 'Every day that opens or closes city-wide (and every day of the year stops being provisional)',
  })
  changes: DayChangeDto[];

  @ApiProperty({
    type: [BookingsToMoveDto],
    description: 'Bookings on days it closes, per centre: they will be moved to 需改约 and the women told',
  })
  bookingsToMove: BookingsToMoveDto[];
}

export class OfficialScheduleResultDto {
  @ApiProperty()
  year: number;

  @ApiProperty({ description: 'Holiday and 调休 days written' })
  daysChanged: number;

  @ApiProperty({ description: 'Bookings moved to 需改约 because their day closed' })
  bookingsMoved: number;
}

export class OfficialYearParamDto {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}
