import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentStaff, StaffOnly } from './auth.guard.js';
import type { StaffPrincipal } from './principal.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AuthService } from './auth.service.js';
import { AuthTokenDto, StaffLoginDto, WechatLoginDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Post('wechat')
  @HttpCode(200)
  @ApiOperation({ summary: 'A woman in the WeChat mini-program: exchange a wx.login code for an app token' })
  @ApiOkResponse({ type: AuthTokenDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto })
  loginWithWechat(@Body() dto: WechatLoginDto): Promise<AuthTokenDto> {
    return this.service.loginWithWechat(dto.code);
  }

  @Post('guest')
  @HttpCode(200)
  @ApiOperation({ summary: 'A woman outside WeChat (H5): an anonymous session, no account and no phone needed' })
  @ApiOkResponse({ type: AuthTokenDto })
  loginAsGuest(): Promise<AuthTokenDto> {
    return this.service.loginAsGuest();
  }

  @Post('logout')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({ summary: 'Staff: end every session of this login (a lost or shared phone keeps no working token)' })
  @ApiNoContentResponse()
  logoutStaff(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    return this.service.logoutStaff(staff);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Staff and admins: username and password' })
  @ApiOkResponse({ type: AuthTokenDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  loginStaff(@Body() dto: StaffLoginDto): Promise<AuthTokenDto> {
    return this.service.loginStaff(dto.username, dto.password);
  }
}
