import { Module } from '@nestjs/common';
import { BookingStoreModule } from '../bookings/booking-store.module.js';
import { AdminCalendarController } from './admin-calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';

@Module({
  imports: [BookingStoreModule],
  controllers: [AdminCalendarController],
  providers: [CalendarRepository, CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
