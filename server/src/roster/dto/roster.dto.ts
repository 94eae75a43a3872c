import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DAY_CLOSED_REASONS, type DayClosedReason } from '../../calendar/service-day.js';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { PROFESSIONS, type Profession } from '@wac/rules';
import { ROSTER_WARNINGS, type RosterWarning } from '../roster-warnings.js';

export class RosterQueryDto {
  @ApiProperty({ example: 'jinjiang' })
  @IsString()
  @Length(1, 32)
  centre: string;

  @ApiProperty({ example: '2026-12' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month like 2026-12' })
  month: string;
}

export class PutRosterDayDto {
  @ApiProperty({ type: [String], description: 'Everyone on duty that day (replaces the day)' })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  staffMemberIds: string[];
}

export class CopyWeekDto {
  @ApiProperty({ example: '2026-12-07', description: 'Monday of the week to copy' })
  @IsIsoDate()
  fromMonday: string;

  @ApiProperty({ example: '2026-12-14', description: 'Monday of the week to fill (its days are replaced)' })
  @IsIsoDate()
  toMonday: string;
}

export class RosterPersonDto {
  @ApiProperty()
  staffMemberId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: PROFESSIONS, enumName: 'Profession', isArray: true })
  professions: Profession[];

  @ApiProperty()
  onLeave: boolean;
}

export class RosterDayDto {
  @ApiProperty()
  date: string;

  @ApiProperty()
  weekday: number;

  @ApiProperty({ description: 'The centre serves that day (calendar)' })
  serviceDay: boolean;

  @ApiPropertyOptional({ enum: DAY_CLOSED_REASONS, enumName: 'DayClosedReason' })
  reason?: DayClosedReason;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: [RosterPersonDto] })
  people: RosterPersonDto[];

  @ApiProperty({ enum: ROSTER_WARNINGS, enumName: 'RosterWarning', isArray: true, description: 'Only on service days' })
  warnings: RosterWarning[];
}

export class RosterMonthDto {
  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  month: string;

  @ApiProperty({ type: [RosterDayDto] })
  days: RosterDayDto[];
}

export class CopyWeekResultDto {
  @ApiProperty({ description: 'Assignments written' })
  copied: number;
}
