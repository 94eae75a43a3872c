import { Module } from '@nestjs/common';
import { BookingStoreModule } from '../bookings/booking-store.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CentresModule } from '../centres/centres.module.js';
import { RosterModule } from '../roster/roster.module.js';
import { AdminTemplateController } from './admin-template.controller.js';
import { AvailabilityController } from './availability.controller.js';
import { AvailabilityService } from './availability.service.js';
import { SlotTemplateRepository } from './slot-template.repository.js';
import { SlotTemplateService } from './slot-template.service.js';

@Module({
  imports: [CentresModule, CalendarModule, RosterModule, BookingStoreModule],
  controllers: [AvailabilityController, AdminTemplateController],
  providers: [AvailabilityService, SlotTemplateRepository, SlotTemplateService],
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
