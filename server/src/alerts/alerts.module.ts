import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';

@Module({ imports: [CalendarModule], providers: [AlertsRepository, AlertsService] })
export class AlertsModule {}
