import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
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

  @ApiPropertyOptional({
    description: 'The device token an earlier login on this device returned: its failures count apart from strangers’',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  deviceToken?: string;
}

export class GuestChallengeDto {
  @ApiProperty({
    description: 'Send back with a nonce such that sha256(challenge + ":" + nonce) has `bits` leading zero bits',
  })
  challenge: string;

  @ApiProperty({ description: 'Leading zero bits needed (0: none; send an empty body)' })
  bits: number;

  @ApiProperty()
  expiresAt: string;
}

export class GuestLoginDto {
  @ApiPropertyOptional({ description: 'From GET /api/auth/guest/challenge (required unless it asks for 0 bits)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  challenge?: string;

  @ApiPropertyOptional({ description: 'The solution found on the phone' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  nonce?: string;
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

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Staff: keep on this device and send with the next login (null for women)',
  })
  deviceToken: string | null;
}
