import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsoDatePipe } from '../common/validation/iso-date.pipe.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import {
  CopyWeekDto,
  CopyWeekResultDto,
  PutRosterDayDto,
  RosterDayDto,
  RosterMonthDto,
  RosterQueryDto,
} from './dto/roster.dto.js';
import { RosterService } from './roster.service.js';

@ApiTags('admin')
@Controller('admin/roster')
@AdminOnly()
export class AdminRosterController {
  constructor(private readonly service: RosterService) {}

  @Get()
  @ApiOperation({ summary: "A centre's duty roster for a month, with the calendar and warnings for thin days" })
  @ApiOkResponse({ type: RosterMonthDto })
  getRosterMonth(@CurrentStaff() admin: StaffPrincipal, @Query() query: RosterQueryDto): Promise<RosterMonthDto> {
    return this.service.month(admin, query.centre, query.month);
  }

  @Put(':centre/:date')
  @ApiOperation({ summary: 'Set who is on duty on a day (audited)' })
  @ApiOkResponse({ type: RosterDayDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'ALREADY_ON_DUTY_ELSEWHERE' })
  putRosterDay(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('centre') centre: string,
    @Param('date', IsoDatePipe) date: string,
    @Body() dto: PutRosterDayDto,
  ): Promise<RosterDayDto> {
    return this.service.putDay(admin, centre, date, dto.staffMemberIds);
  }

  @Post(':centre/copy-week')
  @ApiOperation({ summary: "Copy a week's duty forward (audited)" })
  @ApiOkResponse({ type: CopyWeekResultDto })
  copyRosterWeek(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('centre') centre: string,
    @Body() dto: CopyWeekDto,
  ): Promise<CopyWeekResultDto> {
    return this.service.copyWeek(admin, centre, dto.fromMonday, dto.toMonday);
  }
}
