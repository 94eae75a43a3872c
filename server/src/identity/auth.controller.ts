import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ClientAddress } from '../common/http/client-address.js';
import { CurrentStaff, CurrentWoman, StaffOnly, WomenOnly } from './auth.guard.js';
import type { StaffPrincipal, WomanPrincipal } from './principal.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AuthService } from './auth.service.js';
import { AuthTokenDto, GuestChallengeDto, GuestLoginDto, StaffLoginDto, WechatLoginDto } from './dto/auth.dto.js';

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

  @Get('guest/challenge')
  @ApiOperation({ summary: 'The small puzzle an H5 guest login solves first (about a second on a phone)' })
  @ApiOkResponse({ type: GuestChallengeDto })
  getGuestChallenge(): GuestChallengeDto {
    return this.service.guestChallenge();
  }

  @Post('guest')
  @HttpCode(200)
  @ApiOperation({ summary: 'A woman outside WeChat (H5): an anonymous session, no account and no phone needed' })
  @ApiOkResponse({ type: AuthTokenDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED (Retry-After)' })
  loginAsGuest(@ClientAddress() address: string, @Body() dto: GuestLoginDto): Promise<AuthTokenDto> {
    return this.service.loginAsGuest(address, dto);
  }

  @Post('end-session')
  @HttpCode(204)
  @WomenOnly()
  @ApiOperation({ summary: 'A woman: end her session on this device (what she booked stays with the centre)' })
  @ApiNoContentResponse()
  endSession(@CurrentWoman() woman: WomanPrincipal): Promise<void> {
    return this.service.logoutWoman(woman);
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
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED (Retry-After): locked for a while' })
  loginStaff(@ClientAddress() address: string, @Body() dto: StaffLoginDto): Promise<AuthTokenDto> {
    return this.service.loginStaff(dto.username, dto.password, address, dto.deviceToken);
  }
}
