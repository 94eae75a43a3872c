import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentStaff, StaffOnly } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CallbackId } from './callbacks.controller.js';
import { CallbacksService } from './callbacks.service.js';
import {
  CloseCallbackDto,
  LogAttemptDto,
  StaffCallbackDto,
  StaffCallbackListDto,
  StaffCallbacksQueryDto,
} from './dto/callback.dto.js';

@ApiTags('staff')
@Controller('staff/callbacks')
@StaffOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
@ApiConflictResponse({ type: ErrorResponseDto })
export class StaffCallbacksController {
  constructor(private readonly service: CallbacksService) {}

  @Get()
  @ApiOperation({ summary: 'The callback queue of the centre, in the order to call (numbers masked)' })
  @ApiOkResponse({ type: StaffCallbackListDto })
  listCallbackQueue(
    @CurrentStaff() staff: StaffPrincipal,
    @Query() query: StaffCallbacksQueryDto,
  ): Promise<StaffCallbackListDto> {
    return this.service.queue(staff, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One request; the whole number only for whoever claimed it (audited)' })
  @ApiOkResponse({ type: StaffCallbackDto })
  getCallback(@CurrentStaff() staff: StaffPrincipal, @Param('id', CallbackId()) id: string): Promise<StaffCallbackDto> {
    return this.service.get(staff, id);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the request; reveals the number to you alone (audited)' })
  @ApiOkResponse({ type: StaffCallbackDto })
  claimCallback(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', CallbackId()) id: string,
  ): Promise<StaffCallbackDto> {
    return this.service.claim(staff, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put a claimed request back in the queue' })
  @ApiOkResponse({ type: StaffCallbackDto })
  releaseCallback(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', CallbackId()) id: string,
  ): Promise<StaffCallbackDto> {
    return this.service.release(staff, id);
  }

  @Post(':id/attempts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log a call attempt' })
  @ApiOkResponse({ type: StaffCallbackDto })
  logCallbackAttempt(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', CallbackId()) id: string,
    @Body() dto: LogAttemptDto,
  ): Promise<StaffCallbackDto> {
    return this.service.logAttempt(staff, id, dto.result);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close with an outcome; the number is erased after CALLBACK_ERASE_AFTER_DAYS' })
  @ApiOkResponse({ type: StaffCallbackDto })
  closeCallback(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', CallbackId()) id: string,
    @Body() dto: CloseCallbackDto,
  ): Promise<StaffCallbackDto> {
    return this.service.close(staff, id, dto);
  }
}
