import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentStaff, StaffOnly } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CreateRecordDto, RecordDto, RecordFieldsDto, RecordListDto, RecordsQueryDto } from './dto/record.dto.js';
import { recordNotFound } from './records.errors.js';
import { RecordsService } from './records.service.js';

const RecordId = () => new ParseUUIDPipe({ exceptionFactory: recordNotFound });

@ApiTags('staff')
@Controller('staff/records')
@StaffOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
@ApiConflictResponse({ type: ErrorResponseDto })
export class RecordsController {
  constructor(private readonly service: RecordsService) {}

  @Post()
  @ApiOperation({ summary: 'Register a visit or call (来访来电登记) as an anonymized consultation record' })
  @ApiCreatedResponse({ type: RecordDto })
  createRecord(@CurrentStaff() staff: StaffPrincipal, @Body() dto: CreateRecordDto): Promise<RecordDto> {
    return this.service.create(staff, dto);
  }

  @Get()
  @ApiOperation({ summary: "The centre's current records (city admins: all, or ?centre=)" })
  @ApiOkResponse({ type: RecordListDto })
  listRecords(@CurrentStaff() staff: StaffPrincipal, @Query() query: RecordsQueryDto): Promise<RecordListDto> {
    return this.service.list(staff, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: RecordDto })
  getRecord(@CurrentStaff() staff: StaffPrincipal, @Param('id', RecordId()) id: string): Promise<RecordDto> {
    return this.service.get(staff, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Fix a record in place (its author, within 24 hours)' })
  @ApiOkResponse({ type: RecordDto })
  editRecord(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', RecordId()) id: string,
    @Body() dto: RecordFieldsDto,
  ): Promise<RecordDto> {
    return this.service.edit(staff, id, dto);
  }

  @Post(':id/corrections')
  @ApiOperation({ summary: 'Correct a record: a new version that replaces it in reports' })
  @ApiCreatedResponse({ type: RecordDto })
  correctRecord(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', RecordId()) id: string,
    @Body() dto: RecordFieldsDto,
  ): Promise<RecordDto> {
    return this.service.correct(staff, id, dto);
  }
}
