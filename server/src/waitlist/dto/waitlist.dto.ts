import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { BOOKABLE_SERVICES, type BookableService, shanghaiClock } from '@wac/rules';
import { IsIsoDate } from '../../common/validation/decorators.js';
import { WAITLIST_STATUSES, type WaitlistStatus } from '../waitlist-entry.entity.js';
import type { EntryWithDetails } from '../waitlist.repository.js';

export class JoinWaitlistDto {
  @ApiProperty({ example: 'jinjiang' })
  @IsString()
  @Length(1, 32)
  centreCode: string;

  @ApiProperty({ example: '2026-12-01' })
  @IsIsoDate()
  date: string;

  @ApiProperty({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  @IsIn(BOOKABLE_SERVICES, { message: `must be one of ${BOOKABLE_SERVICES.join(', ')}` })
  service: BookableService;
}

export class WaitlistOfferDto {
  @ApiProperty({ example: '10:00' })
  start: string;

  @ApiProperty({ example: '10:50' })
  end: string;

  @ApiProperty({ description: 'When the held place passes to the next woman (ISO 8601)' })
  expiresAt: string;
}

export class WaitlistEntryDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  centreName: string;

  @ApiProperty()
  date: string;

  @ApiProperty({ enum: BOOKABLE_SERVICES, enumName: 'BookableService' })
  service: BookableService;

  @ApiProperty({ enum: WAITLIST_STATUSES, enumName: 'WaitlistStatus' })
  status: WaitlistStatus;

  @ApiProperty({ type: Number, nullable: true, description: 'Her place in line while waiting (1 = next)' })
  position: number | null;

  @ApiProperty({
    type: WaitlistOfferDto,
    nullable: true,
    description: 'A place held for her, to accept before it expires',
  })
  offer: WaitlistOfferDto | null;

  @ApiProperty()
  createdAt: string;
}

export class WaitlistListDto {
  @ApiProperty({ type: [WaitlistEntryDto] })
  items: WaitlistEntryDto[];
}

export function toWaitlistEntryDto(entry: EntryWithDetails, now: Date): WaitlistEntryDto {
  const lapsed = entry.status === 'waiting' && entry.date < shanghaiClock(now).date;
  return {
    id: entry.id,
    centreCode: entry.centreCode,
    centreName: entry.centreName,
    date: entry.date,
    service: entry.service,
    status: lapsed ? 'lapsed' : entry.status,
    position: lapsed ? null : entry.position,
    offer:
      entry.status === 'offered' && entry.offer?.offerExpiresAt
        ? {
            start: entry.offer.startTime,
            end: entry.offer.endTime,
            expiresAt: entry.offer.offerExpiresAt.toISOString(),
          }
        : null,
    createdAt: entry.createdAt.toISOString(),
  };
}
