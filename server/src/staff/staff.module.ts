import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhotosModule } from '../photos/photos.module.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { Centre } from '../centres/centre.entity.js';
import { AdminStaffController } from './admin-staff.controller.js';
import { AdminStaffService } from './admin-staff.service.js';
import { StaffLeave } from './staff-leave.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { StaffRepository } from './staff.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMember, StaffLeave, Centre]), PhotosModule],
  controllers: [AdminStaffController],
  // CentresRepository directly, not CentresModule: that module imports this one for the wall.
  providers: [StaffRepository, AdminStaffService, CentresRepository],
  exports: [StaffRepository],
})
export class StaffModule {}
