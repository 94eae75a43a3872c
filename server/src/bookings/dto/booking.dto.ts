import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, MaxLength } from 'class-validator';
import {
  BOOKABLE_SERVICES,
  type BookableService,
  BOOKING_NEEDS,
  BOOKING_STATUSES,
  type BookingNeed,
  type BookingStatus,
  shanghaiInstant,
  TOPIC_MAX_LENGTH,
} from '@wac/rules';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import { CONTACT_PREFERENCES, type ContactPreference } from '../booking.entity.js';
import { DECLINE_REASONS, type DeclineReason } from '../booking-status.js';
import type { BookingWithCentre } from '../bookings.repository.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly string[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });

export class CreateBookingDto {
  @ApiProperty({ description: 'A slotId from the availability list' })
  @IsString()
  @Length(1, 200)
  slotId: string;

  @ApiPropertyOptional({
    maxLength: TOPIC_MAX_LENGTH,
    description: 'What she would like to talk about, in her words; no name needed',
  })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MaxLength(TOPIC_MAX_LENGTH)
  topic?: string;

  @ApiPropertyOptional({
    enum: CONTACT_PREFERENCES,
    enumName: 'ContactPreference',
    description: 'How she wants to hear about it (default in_app)',
  })
  @Omittable()
  @oneOf(CONTACT_PREFERENCES)
  contactPreference?: ContactPreference;

  @ApiPropertyOptional({
    enum: BOOKING_NEEDS,
    enumName: 'BookingNeed',
    isArray: true,
    description: 'What would help her come',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(BOOKING_NEEDS.length)
  @ArrayUnique()
  @IsIn(BOOKING_NEEDS, { each: true, message: `each must be one of ${BOOKING_NEEDS.join(', ')}` })
  needs?: BookingNeed[];
}

export class RescheduleBookingDto {
  @ApiProperty({ description: 'The new slotId' })
  @IsString()
  @Length(1, 200)
  slotId: string;
}

export class DeclineBookingDto {
  @ApiProperty({ enum: DECLINE_REASONS, enumName: 'DeclineReason' })
  @oneOf(DECLINE_REASONS)
  reason: DeclineReason;
}

export class StaffBookingsQueryDto {
  @ApiProperty({ example: '2026-12-01' })
  @IsIsoDate()
  from: string;

  @ApiProperty({ example: '2026-12-14' })
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional({ description: 'City admins only: one centre (default: all)' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;

  @ApiPropertyOptional({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  @Omittable()
  @oneOf(BOOKING_STATUSES)
  status?: BookingStatus;

  @ApiPropertyOptional({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  @Omittable()
  @oneOf(BOOKABLE_SERVICES)
  service?: BookableService;
}

export class BookingDto {
  @ApiProperty({ description: 'Unguessable id' })
  id: string;

  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  centreName: string;

  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ example: '09:00' })
  start: string;

  @ApiProperty({ example: '09:50' })
  end: string;

  @ApiProperty({ description: 'The start as an instant (ISO 8601, UTC)' })
  startsAt: string;

  @ApiProperty({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  service: BookableService;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  status: BookingStatus;

  @ApiProperty({ type: String, nullable: true })
  topic: string | null;

  @ApiProperty({ enum: CONTACT_PREFERENCES, enumName: 'ContactPreference' })
  contactPreference: ContactPreference;

  @ApiProperty({ enum: BOOKING_NEEDS, enumName: 'BookingNeed', isArray: true })
  needs: BookingNeed[];

  @ApiProperty({ enum: DECLINE_REASONS, enumName: 'DeclineReason', nullable: true })
  declineReason: DeclineReason | null;

  @ApiProperty({ description: 'A consultation record has been made for it' })
  recorded: boolean;

  @ApiPropertyOptional({
    description:
      'Her short code (10 characters, no 0/O/1/I/L): find, cancel or move the booking with it alone. Only in her own views',
    example: 'K7PQ3M9XWD',
  })
  code?: string;

  @ApiProperty()
  createdAt: string;
}

export class BookingListDto {
  @ApiProperty({ type: [BookingDto] })
  items: BookingDto[];
}

/**
 * A booking as an answer: `topic` is what she wrote, decrypted, or null for readers who may not see it; `forStaff`
 * leaves out her short code, which staff never need.
 */
export function toBookingDto(booking: BookingWithCentre, topic: string | null, forStaff = false): BookingDto {
  return {
    id: booking.id,
    centreCode: booking.centreCode,
    centreName: booking.centreName,
    date: booking.date,
    start: booking.startTime,
    end: booking.endTime,
    startsAt: shanghaiInstant(booking.date, booking.startTime).toISOString(),
    service: booking.service,
    status: booking.status,
    topic,
    contactPreference: booking.contactPreference,
    needs: booking.needs ?? [],
    declineReason: booking.declineReason as DeclineReason | null,
    recorded: booking.recorded,
    ...(forStaff ? {} : { code: booking.code }),
    createdAt: booking.createdAt.toISOString(),
  };
}
