import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';

@Module({ providers: [CalendarRepository, CalendarService], exports: [CalendarService] })
export class CalendarModule {}
