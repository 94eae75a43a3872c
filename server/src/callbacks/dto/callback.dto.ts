import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  IsObject,
  ValidateNested,
} from 'class-validator';
import { SAFE_WINDOWS_MAX, TOPIC_MAX_LENGTH } from '@wac/rules';
import { IsClockTime, IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import {
  ATTEMPT_RESULTS,
  CALLBACK_OUTCOMES,
  CALLBACK_STATUSES,
  type AttemptResult,
  type CallbackOutcome,
  type CallbackStatus,
} from '../callback.entity.js';

const oneOf = (values: readonly string[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });

export class SafeWindowDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Only on this date' })
  @Omittable()
  @IsIsoDate()
  date?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'Every week on this day (1 = Monday)' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiProperty({ example: '14:00', description: 'From (Asia/Shanghai)' })
  @IsClockTime()
  from: string;

  @ApiProperty({ example: '16:00', description: 'Until (Asia/Shanghai)' })
  @IsClockTime()
  to: string;
}

export class CreateCallbackDto {
  @ApiProperty({ example: 'jinjiang' })
  @IsString()
  @Length(1, 32)
  centreCode: string;

  @ApiProperty({ description: 'A number she types herself: a mainland mobile or a landline with area code' })
  @IsString()
  @Length(5, 32)
  phone: string;

  @ApiProperty({ type: [SafeWindowDto], description: `When it is safe to call (1–${SAFE_WINDOWS_MAX} windows)` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SAFE_WINDOWS_MAX)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => SafeWindowDto)
  windows: SafeWindowDto[];

  @ApiProperty({ description: 'May the caller say she is from the centre?' })
  @IsBoolean()
  mayIdentify: boolean;

  @ApiProperty({ description: 'May the caller leave a message?' })
  @IsBoolean()
  mayLeaveMessage: boolean;

  @ApiPropertyOptional({ maxLength: TOPIC_MAX_LENGTH })
  @Omittable()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(TOPIC_MAX_LENGTH)
  topic?: string;
}

export class LogAttemptDto {
  @ApiProperty({ enum: ATTEMPT_RESULTS, enumName: 'AttemptResult' })
  @oneOf(ATTEMPT_RESULTS)
  result: AttemptResult;
}

export class CloseCallbackDto {
  @ApiProperty({ enum: CALLBACK_OUTCOMES, enumName: 'CallbackOutcome' })
  @oneOf(CALLBACK_OUTCOMES)
  outcome: CallbackOutcome;
}

export class StaffCallbacksQueryDto {
  @ApiPropertyOptional({
    enum: CALLBACK_STATUSES,
    enumName: 'CallbackStatus',
    description: 'Default: open and claimed',
  })
  @Omittable()
  @oneOf(CALLBACK_STATUSES)
  status?: CallbackStatus;

  @ApiPropertyOptional({ description: 'City admins only: one centre' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class CallbackAttemptDto {
  @ApiProperty({ enum: ATTEMPT_RESULTS, enumName: 'AttemptResult' })
  result: AttemptResult;

  @ApiProperty()
  at: string;
}

export class CallbackDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  centreName: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '138****5678',
    description: 'Masked; null once erased, and in answers to a look-up by code',
  })
  phoneMasked: string | null;

  @ApiProperty({ type: [SafeWindowDto] })
  windows: SafeWindowDto[];

  @ApiProperty()
  mayIdentify: boolean;

  @ApiProperty()
  mayLeaveMessage: boolean;

  @ApiProperty({ type: String, nullable: true })
  topic: string | null;

  @ApiProperty({ enum: CALLBACK_STATUSES, enumName: 'CallbackStatus' })
  status: CallbackStatus;

  @ApiProperty({ enum: CALLBACK_OUTCOMES, enumName: 'CallbackOutcome', nullable: true })
  outcome: CallbackOutcome | null;

  @ApiPropertyOptional({
    description:
      'Her short code (10 characters, no 0/O/1/I/L): find or withdraw the request with it alone. Only in her own views',
    example: 'K7PQ3M9XWD',
  })
  code?: string;

  @ApiProperty()
  createdAt: string;
}

export class CallbackListDto {
  @ApiProperty({ type: [CallbackDto] })
  items: CallbackDto[];
}

export class StaffCallbackDto extends CallbackDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The whole number: only for the staff member who claimed it (each view is audited)',
  })
  phone: string | null;

  @ApiProperty()
  claimedByMe: boolean;

  @ApiProperty({ description: 'Someone has claimed it' })
  claimed: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When one of her safe windows next opens (ISO 8601); null if none in the next month',
  })
  nextSafeAt: string | null;

  @ApiProperty({ type: [CallbackAttemptDto] })
  attempts: CallbackAttemptDto[];

  @ApiProperty({ description: 'A consultation record has been made for it' })
  recorded: boolean;
}

export class StaffCallbackListDto {
  @ApiProperty({ type: [StaffCallbackDto] })
  items: StaffCallbackDto[];
}
