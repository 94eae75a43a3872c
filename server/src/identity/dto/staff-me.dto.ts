import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '../principal.js';

export class StaffMeDto {
  @ApiProperty()
  username: string;

  @ApiProperty({ enum: STAFF_ROLES, enumName: 'StaffRole' })
  role: StaffRole;

  @ApiProperty({ type: String, nullable: true })
  centreCode: string | null;

  @ApiProperty({ description: 'Staff notices also reach this login through WeChat' })
  wechatBound: boolean;
}
