import { Module } from '@nestjs/common';
import { BookingStoreModule } from '../bookings/booking-store.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { CallbacksModule } from '../callbacks/callbacks.module.js';
import { WaitlistModule } from '../waitlist/waitlist.module.js';
import { PrivacyController } from './privacy.controller.js';
import { FieldSealingService } from './field-sealing.service.js';
import { PrivacyService } from './privacy.service.js';
import { SealedFieldsRepository } from './sealed-fields.repository.js';

@Module({
  imports: [BookingsModule, BookingStoreModule, CallbacksModule, WaitlistModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, SealedFieldsRepository, FieldSealingService],
})
export class PrivacyModule {}
