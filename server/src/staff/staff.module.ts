import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffMember } from './staff-member.entity.js';
import { StaffRepository } from './staff.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMember])],
  providers: [StaffRepository],
  exports: [StaffRepository],
})
export class StaffModule {}
