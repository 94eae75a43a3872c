import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTooManyRequestsResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ClientAddress } from '../common/http/client-address.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentWoman, WomenOnly } from '../identity/auth.guard.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { bookingNotFound } from './bookings.errors.js';
import { BookingsService } from './bookings.service.js';
import { BookingDto, BookingListDto, CreateBookingDto, RescheduleBookingDto } from './dto/booking.dto.js';

/** Unknown and malformed ids answer the same 404: ids reveal nothing. */
export const BookingId = () => new ParseUUIDPipe({ exceptionFactory: bookingNotFound });

@ApiTags('bookings')
@Controller('bookings')
@WomenOnly()
export class BookingsController {
  constructor(private readonly service: BookingsService) {}

  @Post()
  @ApiOperation({
    summary: 'Book a slot (pending until staff confirm). The same Idempotency-Key again returns the same booking.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'A fresh random key per booking attempt, reused on retries',
  })
  @ApiCreatedResponse({ type: BookingDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SLOT_FULL, LIMIT_REACHED, ALREADY_BOOKED_AT_THIS_TIME' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'DAY_CLOSED, OUTSIDE_HOURS, SLOT_IN_PAST, TOO_SOON, TOO_FAR_AHEAD, …',
  })
  createBooking(
    @CurrentWoman() woman: WomanPrincipal,
    @Body() dto: CreateBookingDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<BookingDto> {
    return this.service.create(woman, dto, key);
  }

  @Get('mine')
  @ApiOkResponse({ type: BookingListDto })
  listMyBookings(@CurrentWoman() woman: WomanPrincipal): Promise<BookingListDto> {
    return this.service.listMine(woman);
  }

  @Get('by-code/:code')
  @ApiOperation({
    summary: 'Her booking found by its short code alone (rate-limited per address and session; her words not shown)',
  })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such code (a wrong code reveals nothing)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED: too many look-ups by code' })
  findBookingByCode(
    @CurrentWoman() woman: WomanPrincipal,
    @ClientAddress() address: string,
    @Param('code') code: string,
  ): Promise<BookingDto> {
    return this.service.findByCode(woman, address, code);
  }

  @Post('by-code/:code/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a booking with its short code alone, any time before the start' })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  cancelBookingByCode(
    @CurrentWoman() woman: WomanPrincipal,
    @ClientAddress() address: string,
    @Param('code') code: string,
  ): Promise<BookingDto> {
    return this.service.cancelByCode(woman, address, code);
  }

  @Post('by-code/:code/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a booking with its short code alone: the new place, or the old one kept' })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  rescheduleBookingByCode(
    @CurrentWoman() woman: WomanPrincipal,
    @ClientAddress() address: string,
    @Param('code') code: string,
    @Body() dto: RescheduleBookingDto,
  ): Promise<BookingDto> {
    return this.service.rescheduleByCode(woman, address, code, dto.slotId);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel, any time before the start' })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  cancelBooking(@CurrentWoman() woman: WomanPrincipal, @Param('id', BookingId()) id: string): Promise<BookingDto> {
    return this.service.cancel(woman, id);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move to another slot atomically: the new place, or the old one kept' })
  @ApiOkResponse({ type: BookingDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  rescheduleBooking(
    @CurrentWoman() woman: WomanPrincipal,
    @Param('id', BookingId()) id: string,
    @Body() dto: RescheduleBookingDto,
  ): Promise<BookingDto> {
    return this.service.reschedule(woman, id, dto.slotId);
  }
}
