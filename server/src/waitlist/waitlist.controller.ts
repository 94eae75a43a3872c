import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { BookingDto } from '../bookings/dto/booking.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentWoman, WomenOnly } from '../identity/auth.guard.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { JoinWaitlistDto, WaitlistEntryDto, WaitlistListDto } from './dto/waitlist.dto.js';
import { waitlistEntryNotFound } from './waitlist.errors.js';
import { WaitlistService } from './waitlist.service.js';

const EntryId = () => new ParseUUIDPipe({ exceptionFactory: waitlistEntryNotFound });

@ApiTags('waitlist')
@Controller('waitlist')
@WomenOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
@ApiConflictResponse({ type: ErrorResponseDto })
export class WaitlistController {
  constructor(private readonly service: WaitlistService) {}

  @Post()
  @ApiOperation({
    summary: 'Wait for a place on a full day; the first in line is offered a freed place for a limited time',
  })
  @ApiCreatedResponse({ type: WaitlistEntryDto })
  joinWaitlist(@CurrentWoman() woman: WomanPrincipal, @Body() dto: JoinWaitlistDto): Promise<WaitlistEntryDto> {
    return this.service.join(woman, dto);
  }

  @Get('mine')
  @ApiOkResponse({ type: WaitlistListDto })
  listMyWaitlist(@CurrentWoman() woman: WomanPrincipal): Promise<WaitlistListDto> {
    return this.service.listMine(woman);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the place held for her: it becomes a pending booking' })
  @ApiOkResponse({ type: BookingDto })
  acceptWaitlistOffer(@CurrentWoman() woman: WomanPrincipal, @Param('id', EntryId()) id: string): Promise<BookingDto> {
    return this.service.accept(woman, id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turn the offer down; it passes to the next in line' })
  @ApiOkResponse({ type: WaitlistEntryDto })
  declineWaitlistOffer(
    @CurrentWoman() woman: WomanPrincipal,
    @Param('id', EntryId()) id: string,
  ): Promise<WaitlistEntryDto> {
    return this.service.decline(woman, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Leave the waiting list' })
  @ApiOkResponse({ type: WaitlistEntryDto })
  leaveWaitlist(@CurrentWoman() woman: WomanPrincipal, @Param('id', EntryId()) id: string): Promise<WaitlistEntryDto> {
    return this.service.withdraw(woman, id);
  }
}
