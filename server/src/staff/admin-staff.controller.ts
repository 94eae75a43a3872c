import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain-error.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { AdminStaffService } from './admin-staff.service.js';
import {
  AdminStaffListDto,
  AdminStaffMemberDto,
  AdminStaffQueryDto,
  CreateStaffDto,
  LeaveDto,
  ResetPasswordDto,
  UpdateStaffDto,
} from './dto/admin-staff.dto.js';

const StaffId = () =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError('STAFF_NOT_FOUND', 'No such staff member') });

@ApiTags('admin')
@Controller('admin/staff')
@AdminOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
export class AdminStaffController {
  constructor(private readonly service: AdminStaffService) {}

  @Get()
  @ApiOkResponse({ type: AdminStaffListDto })
  listStaff(@CurrentStaff() admin: StaffPrincipal, @Query() query: AdminStaffQueryDto): Promise<AdminStaffListDto> {
    return this.service.list(admin, query.centre);
  }

  @Post()
  @ApiOperation({ summary: 'Add a person (and optionally their login)' })
  @ApiCreatedResponse({ type: AdminStaffMemberDto })
  createStaff(@CurrentStaff() admin: StaffPrincipal, @Body() dto: CreateStaffDto): Promise<AdminStaffMemberDto> {
    return this.service.create(admin, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit professions, bio, photo, wall; deactivate (also ends the login)' })
  @ApiOkResponse({ type: AdminStaffMemberDto })
  updateStaff(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id', StaffId()) id: string,
    @Body() dto: UpdateStaffDto,
  ): Promise<AdminStaffMemberDto> {
    return this.service.update(admin, id, dto);
  }

  @Post(':id/reset-password')
  @ApiOkResponse({ type: AdminStaffMemberDto })
  resetStaffPassword(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id', StaffId()) id: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<AdminStaffMemberDto> {
    return this.service.resetPassword(admin, id, dto.password);
  }

  @Post(':id/leave')
  @ApiOperation({ summary: 'Record leave: the person is not counted on duty on those days' })
  @ApiCreatedResponse({ type: AdminStaffMemberDto })
  addStaffLeave(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id', StaffId()) id: string,
    @Body() dto: LeaveDto,
  ): Promise<AdminStaffMemberDto> {
    return this.service.addLeave(admin, id, dto);
  }

  @Delete(':id/leave/:leaveId')
  @ApiOkResponse({ type: AdminStaffMemberDto })
  removeStaffLeave(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id', StaffId()) id: string,
    @Param('leaveId', StaffId()) leaveId: string,
  ): Promise<AdminStaffMemberDto> {
    return this.service.removeLeave(admin, id, leaveId);
  }
}
