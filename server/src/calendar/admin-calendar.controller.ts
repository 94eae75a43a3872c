import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CalendarService } from './calendar.service.js';
import { IsoDatePipe } from '../common/validation/iso-date.pipe.js';
import {
  CalendarMarkDto,
  CalendarQueryDto,
  CalendarYearDto,
  DeleteCalendarMarkQueryDto,
  PutCalendarMarkDto,
} from './dto/admin-calendar.dto.js';

@ApiTags('admin')
@Controller('admin/calendar')
@AdminOnly()
export class AdminCalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get()
  @ApiOperation({ summary: "A year's official holidays and 调休 days, admins' corrections, and a centre's own days" })
  @ApiOkResponse({ type: CalendarYearDto })
  getCalendarYear(@CurrentStaff() admin: StaffPrincipal, @Query() query: CalendarQueryDto): Promise<CalendarYearDto> {
    return this.service.adminYear(admin, query.year, query.centre);
  }

  @Put(':date')
  @ApiOperation({ summary: 'Mark a date (city-wide correction, or a closure / extra day of one centre); audited' })
  @ApiOkResponse({ type: CalendarMarkDto })
  putCalendarMark(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('date', IsoDatePipe) date: string,
    @Body() dto: PutCalendarMarkDto,
  ): Promise<CalendarMarkDto> {
    return this.service.putMark(admin, date, dto);
  }

  @Delete(':date')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteCalendarMark(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('date', IsoDatePipe) date: string,
    @Query() query: DeleteCalendarMarkQueryDto,
  ): Promise<void> {
    return this.service.deleteMark(admin, date, query.scope);
  }
}
