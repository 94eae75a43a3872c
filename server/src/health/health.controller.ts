import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
// Not the bare name: a decorated parameter's type is written into its metadata as `typeof Response`, and reading
// Node's global Response loads its whole fetch implementation (about 0.1 s of every start).
import type { Response as ExpressResponse } from 'express';
import { HealthDto, LivenessDto, ReadinessDto } from './health.dto.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async getHealth(@Res({ passthrough: true }) response: ExpressResponse): Promise<HealthDto> {
    const health = await this.service.check();
    response.status(health.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (never touches the database; restart it when this fails)' })
  @ApiOkResponse({ type: LivenessDto })
  getLiveness(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: send traffic here (database answers, schema current, not shutting down); 503 otherwise',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto })
  async getReadiness(@Res({ passthrough: true }) response: ExpressResponse): Promise<ReadinessDto> {
    const readiness = await this.service.readiness();
    response.status(readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
