import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import type { ConsultationRecord } from '../consultation-record.entity.js';
import {
  AGE_BANDS,
  NOTE_MAX_LENGTH,
  PROFESSIONS,
  RECORD_DURATION_MINUTES,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  RECORD_SERVICES,
  REFERRALS,
  type AgeBand,
  type Profession,
  type RecordCategory,
  type RecordChannel,
  type RecordService,
  type Referral,
} from '@wac/rules';
import { EDIT_GRACE_HOURS } from '../record-codes.js';

const oneOf = (values: readonly string[], each = false) =>
  IsIn(values, { each, message: `${each ? 'each ' : ''}must be one of ${values.join(', ')}` });

export class RecordFieldsDto {
  @ApiProperty({ example: '2026-12-01', description: 'Day of the visit or call (not in the future)' })
  @IsIsoDate()
  date: string;

  @ApiProperty({ enum: RECORD_CHANNELS, enumName: 'RecordChannel' })
  @oneOf(RECORD_CHANNELS)
  channel: RecordChannel;

  @ApiProperty({ enum: RECORD_CATEGORIES, enumName: 'RecordCategory' })
  @oneOf(RECORD_CATEGORIES)
  category: RecordCategory;

  @ApiProperty({ enum: RECORD_SERVICES, enumName: 'RecordService', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @oneOf(RECORD_SERVICES, true)
  services: RecordService[];

  @ApiProperty({
    enum: REFERRALS,
    enumName: 'Referral',
    isArray: true,
    description: '"none" alone when nobody was referred',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @oneOf(REFERRALS, true)
  referrals: Referral[];

  @ApiProperty()
  @IsBoolean()
  followUpNeeded: boolean;

  @ApiProperty({ minimum: RECORD_DURATION_MINUTES.min, maximum: RECORD_DURATION_MINUTES.max })
  @IsInt()
  @Min(RECORD_DURATION_MINUTES.min)
  @Max(RECORD_DURATION_MINUTES.max)
  durationMinutes: number;

  @ApiProperty({ enum: PROFESSIONS, enumName: 'Profession' })
  @oneOf(PROFESSIONS)
  helperProfession: Profession;

  @ApiProperty({ enum: AGE_BANDS, enumName: 'AgeBand' })
  @oneOf(AGE_BANDS)
  ageBand: AgeBand;

  @ApiProperty({ description: 'A centre code for the area she lives in, or outside_quanzhou / unknown' })
  @IsString()
  @Length(1, 32)
  area: string;

  @ApiProperty({ description: 'A minor or a person without full capacity may be harmed: report to the police' })
  @IsBoolean()
  mandatoryReport: boolean;

  @ApiPropertyOptional({
    maxLength: NOTE_MAX_LENGTH,
    description: 'Short; no names, numbers or addresses; never exported',
  })
  @Omittable()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export class CreateRecordDto extends RecordFieldsDto {
  @ApiPropertyOptional({ description: 'City admins: the centre (staff and centre admins: always their own)' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centreCode?: string;

  @ApiPropertyOptional({ description: 'A completed booking this record is for; it is marked as recorded, not linked' })
  @Omittable()
  @IsUUID()
  fromBookingId?: string;

  @ApiPropertyOptional({ description: 'A closed callback this record is for; it is marked as recorded, not linked' })
  @Omittable()
  @IsUUID()
  fromCallbackId?: string;
}

export class RecordsQueryDto {
  @ApiProperty()
  @IsIsoDate()
  from: string;

  @ApiProperty()
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional({ description: 'City admins only' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;

  @ApiPropertyOptional({ enum: RECORD_CHANNELS, enumName: 'RecordChannel' })
  @Omittable()
  @oneOf(RECORD_CHANNELS)
  channel?: RecordChannel;

  @ApiPropertyOptional({ enum: RECORD_CATEGORIES, enumName: 'RecordCategory' })
  @Omittable()
  @oneOf(RECORD_CATEGORIES)
  category?: RecordCategory;
}

export class RecordDto extends RecordFieldsDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  centreCode: string;

  @ApiProperty({ type: String, nullable: true, description: 'The version this one corrects' })
  supersedes: string | null;

  @ApiProperty({ description: 'False once a correction replaced it' })
  current: boolean;

  @ApiProperty({ description: 'Until when it can still be edited in place (ISO 8601)' })
  editableUntil: string;

  @ApiProperty()
  createdAt: string;
}

export class RecordListDto {
  @ApiProperty({ type: [RecordDto] })
  items: RecordDto[];
}

export function toRecordDto(record: ConsultationRecord): RecordDto {
  return {
    id: record.id,
    centreCode: record.centreCode,
    date: record.date,
    channel: record.channel,
    category: record.category,
    services: record.services,
    referrals: record.referrals,
    followUpNeeded: record.followUpNeeded,
    durationMinutes: record.durationMinutes,
    helperProfession: record.helperProfession,
    ageBand: record.ageBand,
    area: record.area,
    mandatoryReport: record.mandatoryReport,
    ...(record.note ? { note: record.note } : {}),
    supersedes: record.supersedes,
    current: record.supersededBy === null,
    editableUntil: new Date(record.createdAt.getTime() + EDIT_GRACE_HOURS * 3600 * 1000).toISOString(),
    createdAt: record.createdAt.toISOString(),
  };
}
