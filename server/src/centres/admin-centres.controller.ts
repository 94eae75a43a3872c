import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CentresService } from './centres.service.js';
import { CentreDetailDto } from './dto/centre.dto.js';
import { UpdateCentreDto } from './dto/update-centre.dto.js';

@ApiTags('admin')
@Controller('admin/centres')
@AdminOnly()
export class AdminCentresController {
  constructor(private readonly service: CentresService) {}

  @Patch(':code')
  @ApiOperation({ summary: "Edit a centre's details, position (GCJ-02), status and wall" })
  @ApiOkResponse({ type: CentreDetailDto })
  updateCentre(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('code') code: string,
    @Body() dto: UpdateCentreDto,
  ): Promise<CentreDetailDto> {
    return this.service.update(admin, code, dto);
  }
}
