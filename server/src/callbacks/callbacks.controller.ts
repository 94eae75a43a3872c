import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTooManyRequestsResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ClientAddress } from '../common/http/client-address.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentWoman, WomenOnly } from '../identity/auth.guard.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { callbackNotFound } from './callbacks.errors.js';
import { CallbacksService } from './callbacks.service.js';
import { CallbackDto, CallbackListDto, CreateCallbackDto } from './dto/callback.dto.js';

export const CallbackId = () => new ParseUUIDPipe({ exceptionFactory: callbackNotFound });

@ApiTags('callbacks')
@Controller('callbacks')
@WomenOnly()
export class CallbacksController {
  constructor(private readonly service: CallbacksService) {}

  @Post()
  @ApiOperation({ summary: 'Ask to be called back, on a number she types, at times that are safe for her' })
  @ApiCreatedResponse({ type: CallbackDto })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'One per request, the same on a retry' })
  requestCallback(
    @CurrentWoman() woman: WomanPrincipal,
    @Body() dto: CreateCallbackDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<CallbackDto> {
    return this.service.create(woman, dto, key);
  }

  @Get('mine')
  @ApiOkResponse({ type: CallbackListDto })
  listMyCallbacks(@CurrentWoman() woman: WomanPrincipal): Promise<CallbackListDto> {
    return this.service.listMine(woman);
  }

  @Get('by-code/:code')
  @ApiOperation({ summary: 'Her request found by its short code alone (rate-limited; no number or words shown)' })
  @ApiOkResponse({ type: CallbackDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such code (a wrong code reveals nothing)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED: too many look-ups by code' })
  findCallbackByCode(
    @CurrentWoman() woman: WomanPrincipal,
    @ClientAddress() address: string,
    @Param('code') code: string,
  ): Promise<CallbackDto> {
    return this.service.findByCode(woman, address, code);
  }

  @Post('by-code/:code/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a request with its short code alone; the number is erased at once' })
  @ApiOkResponse({ type: CallbackDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  withdrawCallbackByCode(
    @CurrentWoman() woman: WomanPrincipal,
    @ClientAddress() address: string,
    @Param('code') code: string,
  ): Promise<CallbackDto> {
    return this.service.withdrawByCode(woman, address, code);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the request; the number is erased at once' })
  @ApiOkResponse({ type: CallbackDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  withdrawCallback(@CurrentWoman() woman: WomanPrincipal, @Param('id', CallbackId()) id: string): Promise<CallbackDto> {
    return this.service.withdraw(woman, id);
  }
}
