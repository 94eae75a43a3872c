import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CentresService } from './centres.service.js';
import { CentreDetailDto, CentreListDto } from './dto/centre.dto.js';
import { CentreListQueryDto } from './dto/centre-query.dto.js';

@ApiTags('centres')
@Controller('centres')
export class CentresController {
  constructor(private readonly service: CentresService) {}

  @Get()
  @ApiOperation({
    summary: 'All centres; or, given lat/lng (GCJ-02), the nearest ones a page at a time with distanceMeters',
    description:
      'Without a position: every centre in the list order, in one answer (`next` is null). With one: nearest first ' +
      '(whole metres, then code), `limit` per page; the next page is asked with `after` = the `next` of this one ' +
      '(cursor paging).',
  })
  @ApiOkResponse({ type: CentreListDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listCentres(@Query() query: CentreListQueryDto): Promise<CentreListDto> {
    return this.service.list(query);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One centre with its wall: work rules, service scope and duty people' })
  @ApiOkResponse({ type: CentreDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getCentre(@Param('code') code: string): Promise<CentreDetailDto> {
    return this.service.get(code);
  }
}
