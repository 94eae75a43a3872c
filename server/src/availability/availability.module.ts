import { Module } from '@nestjs/common';
import { BookingStoreModule } from '../bookings/booking-store.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CentresModule } from '../centres/centres.module.js';
import { RosterModule } from '../roster/roster.module.js';
import { AvailabilityController } from './availability.controller.js';
import { AvailabilityService } from './availability.service.js';
import { SlotTemplateRepository } from './slot-template.repository.js';

@Module({
  imports: [CentresModule, CalendarModule, RosterModule, BookingStoreModule],
  controllers: [AvailabilityController],
  providers: [AvailabilityService, SlotTemplateRepository],
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
