import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { CALENDAR_KINDS, type CalendarKind } from '../service-day.js';

export class CalendarQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ description: "Also this centre's own closures and extra days" })
  @IsOptional()
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
  @IsOptional()
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

export class CalendarYearDto {
  @ApiProperty()
  year: number;

  @ApiProperty({ description: "The year's official holiday schedule is loaded" })
  hasOfficialSchedule: boolean;

  @ApiProperty({ description: "Next year's is loaded too (warn admins when it is not, from November on)" })
  nextYearHasSchedule: boolean;

  @ApiProperty({ type: [CalendarMarkDto] })
  marks: CalendarMarkDto[];
}
