import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { CurrentStaff, StaffOnly } from './auth.guard.js';
import { WechatLoginDto } from './dto/auth.dto.js';
import { StaffMeDto } from './dto/staff-me.dto.js';
import type { StaffPrincipal } from './principal.js';
import { StaffWechatService } from './staff-wechat.service.js';

@ApiTags('staff')
@Controller('staff/me')
@StaffOnly()
export class StaffMeController {
  constructor(private readonly service: StaffWechatService) {}

  @Get()
  @ApiOperation({ summary: 'Who is logged in, and whether staff notices reach her WeChat' })
  @ApiOkResponse({ type: StaffMeDto })
  getStaffMe(@CurrentStaff() staff: StaffPrincipal): Promise<StaffMeDto> {
    return this.service.me(staff);
  }

  @Put('wechat')
  @ApiOperation({ summary: 'Bind the WeChat user of a wx.login code to this login, to receive staff notices' })
  @ApiOkResponse({ type: StaffMeDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'WECHAT_ALREADY_BOUND' })
  putStaffWechat(@CurrentStaff() staff: StaffPrincipal, @Body() dto: WechatLoginDto): Promise<StaffMeDto> {
    return this.service.bind(staff, dto.code);
  }

  @Delete('wechat')
  @ApiOperation({ summary: 'Stop staff notices through WeChat for this login' })
  @ApiOkResponse({ type: StaffMeDto })
  deleteStaffWechat(@CurrentStaff() staff: StaffPrincipal): Promise<StaffMeDto> {
    return this.service.unbind(staff);
  }
}
