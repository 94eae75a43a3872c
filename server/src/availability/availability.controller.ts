import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AvailabilityService } from './availability.service.js';
import { AvailabilityDto, AvailabilityQueryDto } from './dto/availability.dto.js';

@ApiTags('availability')
@Controller('centres/:code/availability')
export class AvailabilityController {
  constructor(private readonly service: AvailabilityService) {}

  @Get()
  @ApiOperation({ summary: "A centre's days (open, or closed with the reason) and slots with the places left" })
  @ApiOkResponse({ type: AvailabilityDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getAvailability(@Param('code') code: string, @Query() query: AvailabilityQueryDto): Promise<AvailabilityDto> {
    return this.service.forRange(code, query);
  }
}
