import { Module } from '@nestjs/common';
import { BookingsRepository } from './bookings.repository.js';

/** The bookings table on its own, so availability can count places without depending on the booking rules. */
@Module({ providers: [BookingsRepository], exports: [BookingsRepository] })
export class BookingStoreModule {}
