import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { STAFF_ROLES } from '../principal.js';

export class WechatLoginDto {
  @ApiProperty({ description: 'The code from wx.login (valid for 5 minutes, single use)' })
  @IsString()
  @Length(1, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be the code returned by wx.login' })
  code: string;
}

export class StaffLoginDto {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password: string;
}

export const AUTH_ROLES = ['woman', ...STAFF_ROLES] as const;
export type AuthRole = (typeof AUTH_ROLES)[number];

export class AuthTokenDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header' })
  token: string;

  @ApiProperty({ enum: AUTH_ROLES, enumName: 'AuthRole' })
  role: AuthRole;

  @ApiProperty({ description: 'When the token stops working (ISO 8601); log in again before then' })
  expiresAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The staff member's centre; null for women and city admins",
  })
  centreCode: string | null;
}
