import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { SlotTemplateDto } from './dto/slot-template.dto.js';
import { SlotTemplateService } from './slot-template.service.js';

@ApiTags('admin')
@Controller('admin/centres/:code/template')
@AdminOnly()
export class AdminTemplateController {
  constructor(private readonly service: SlotTemplateService) {}

  @Get()
  @ApiOperation({ summary: "A centre's session template (the defaults until an admin sets one)" })
  @ApiOkResponse({ type: SlotTemplateDto })
  getSlotTemplate(@CurrentStaff() admin: StaffPrincipal, @Param('code') code: string): Promise<SlotTemplateDto> {
    return this.service.get(admin, code);
  }

  @Put()
  @ApiOperation({
    summary: 'Set session length, buffer, rooms, walk-in reserve, booking window and lead time (audited)',
  })
  @ApiOkResponse({ type: SlotTemplateDto })
  putSlotTemplate(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('code') code: string,
    @Body() dto: SlotTemplateDto,
  ): Promise<SlotTemplateDto> {
    return this.service.put(admin, code, dto);
  }
}
