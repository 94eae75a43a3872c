import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentStaff, StaffOnly } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { BookingId } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { BookingDto, BookingListDto, DeclineBookingDto, StaffBookingsQueryDto } from './dto/booking.dto.js';

@ApiTags('staff')
@Controller('staff/bookings')
@StaffOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
@ApiConflictResponse({ type: ErrorResponseDto, description: 'BOOKING_STATUS_CONFLICT: someone else acted first' })
export class StaffBookingsController {
  constructor(private readonly service: BookingsService) {}

  @Get()
  @ApiOperation({ summary: "Bookings of the staff member's centre (city admins: all, or ?centre=)" })
  @ApiOkResponse({ type: BookingListDto })
  listCentreBookings(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: StaffBookingsQueryDto,
  ): Promise<BookingListDto> {
    return this.service.listForStaff(staff, query);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  confirmBooking(@CurrentStaff() staff: StaffPrincipal, @Param('id', BookingId()) id: string): Promise<BookingDto> {
    return this.service.act(staff, id, 'confirm');
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  declineBooking(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', BookingId()) id: string,
    @Body() dto: DeclineBookingDto,
  ): Promise<BookingDto> {
    return this.service.act(staff, id, 'decline', dto.reason);
  }

  @Post(':id/arrive')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  markBookingArrived(@CurrentStaff() staff: StaffPrincipal, @Param('id', BookingId()) id: string): Promise<BookingDto> {
    return this.service.act(staff, id, 'arrive');
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  completeBooking(@CurrentStaff() staff: StaffPrincipal, @Param('id', BookingId()) id: string): Promise<BookingDto> {
    return this.service.act(staff, id, 'complete');
  }

  @Post(':id/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a no-show (for planning only: it never limits what she can book)' })
  @ApiOkResponse({ type: BookingDto })
  markBookingNoShow(@CurrentStaff() staff: StaffPrincipal, @Param('id', BookingId()) id: string): Promise<BookingDto> {
    return this.service.act(staff, id, 'no-show');
  }
}
