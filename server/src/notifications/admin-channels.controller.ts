import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CentreChannelsService } from './centre-channels.service.js';
import { PutWecomRobotDto, WecomRobotDto, WecomTestResultDto } from './dto/centre-channel.dto.js';

@ApiTags('admin')
@Controller('admin/centres/:code/wecom')
@AdminOnly()
export class AdminChannelsController {
  constructor(private readonly service: CentreChannelsService) {}

  @Get()
  @ApiOperation({ summary: "Whether the centre's staff notices go to a WeCom group robot (the key is never shown)" })
  @ApiOkResponse({ type: WecomRobotDto })
  getWecomRobot(@CurrentStaff() admin: StaffPrincipal, @Param('code') code: string): Promise<WecomRobotDto> {
    return this.service.get(admin, code);
  }

  @Put()
  @ApiOperation({
    summary: "Set the centre's WeCom group robot (centre admin of that centre, or a city admin; audited)",
  })
  @ApiOkResponse({ type: WecomRobotDto })
  putWecomRobot(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('code') code: string,
    @Body() dto: PutWecomRobotDto,
  ): Promise<WecomRobotDto> {
    return this.service.set(admin, code, dto);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteWecomRobot(@CurrentStaff() admin: StaffPrincipal, @Param('code') code: string): Promise<void> {
    return this.service.remove(admin, code);
  }

  @Post('test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a neutral test message to the group now' })
  @ApiOkResponse({ type: WecomTestResultDto })
  testWecomRobot(@CurrentStaff() admin: StaffPrincipal, @Param('code') code: string): Promise<WecomTestResultDto> {
    return this.service.test(admin, code);
  }
}
