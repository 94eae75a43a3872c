import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module.js';
import { WaitlistModule } from '../waitlist/waitlist.module.js';
import { BookingStoreModule } from './booking-store.module.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { StaffBookingsController } from './staff-bookings.controller.js';

@Module({
  imports: [AvailabilityModule, BookingStoreModule, WaitlistModule],
  controllers: [BookingsController, StaffBookingsController],
  providers: [BookingsService],
  exports: [BookingsService],
})
export class BookingsModule {}
