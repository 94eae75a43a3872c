import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
// Renamed for the start's sake, as in health.controller.ts.
import type { Response as ExpressResponse } from 'express';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import {
  AuditListDto,
  AuditQueryDto,
  BookingsExportQueryDto,
  ExportQueryDto,
  ReportDto,
  ReportExportQueryDto,
  ReportQueryDto,
} from './dto/report.dto.js';
import { ReportsService, type ExportFile } from './reports.service.js';

function send(response: ExpressResponse, file: ExportFile): void {
  response
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    })
    .send(file.body);
}

@ApiTags('admin')
@Controller('admin')
@AdminOnly()
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Get('reports')
  @ApiOperation({
    summary: 'Visits, calls, bookings, callbacks, events and beneficiaries month by month, with breakdowns',
  })
  @ApiOkResponse({ type: ReportDto })
  getReport(@CurrentStaff() admin: StaffPrincipal, @Query() query: ReportQueryDto): Promise<ReportDto> {
    return this.service.report(admin, query);
  }

  @Get('reports/export')
  @ApiOperation({ summary: 'The report as CSV or XLSX (audited)' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async exportReport(
    @CurrentStaff() admin: StaffPrincipal,
    @Query() query: ReportExportQueryDto,
    @Res() response: ExpressResponse,
  ): Promise<void> {
    send(response, await this.service.exportReport(admin, query, query.format));
  }

  @Get('bookings/export')
  @ApiOperation({ summary: 'Bookings as CSV, coded fields only (audited)' })
  @ApiProduces('text/csv')
  async exportBookings(
    @CurrentStaff() admin: StaffPrincipal,
    @Query() query: BookingsExportQueryDto,
    @Res() response: ExpressResponse,
  ): Promise<void> {
    send(response, await this.service.exportBookings(admin, query));
  }

  @Get('records/export')
  @ApiOperation({ summary: 'Anonymized records as CSV, without notes (audited)' })
  @ApiProduces('text/csv')
  async exportRecords(
    @CurrentStaff() admin: StaffPrincipal,
    @Query() query: ExportQueryDto,
    @Res() response: ExpressResponse,
  ): Promise<void> {
    send(response, await this.service.exportRecords(admin, query));
  }

  @Get('audit')
  @ApiOperation({ summary: 'Who viewed personal data, exported, or changed rosters, templates, calendars and staff' })
  @ApiOkResponse({ type: AuditListDto })
  getAuditLog(@CurrentStaff() admin: StaffPrincipal, @Query() query: AuditQueryDto): Promise<AuditListDto> {
    return this.service.auditLog(admin, query);
  }
}
