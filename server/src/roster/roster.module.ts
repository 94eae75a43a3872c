import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CentresModule } from '../centres/centres.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AdminRosterController } from './admin-roster.controller.js';
import { RosterRepository } from './roster.repository.js';
import { RosterService } from './roster.service.js';

@Module({
  imports: [CalendarModule, CentresModule, StaffModule],
  controllers: [AdminRosterController],
  providers: [RosterRepository, RosterService],
  exports: [RosterRepository],
})
export class RosterModule {}
