import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffModule } from '../staff/staff.module.js';
import { AdminCentresController } from './admin-centres.controller.js';
import { Centre } from './centre.entity.js';
import { CentresController } from './centres.controller.js';
import { CentresRepository } from './centres.repository.js';
import { CentresService } from './centres.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Centre]), StaffModule],
  controllers: [CentresController, AdminCentresController],
  providers: [CentresRepository, CentresService],
  exports: [CentresRepository],
})
export class CentresModule {}
