import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  IsObject,
  ValidateNested,
  ValidateIf,
} from 'class-validator';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import { PASSWORD_LENGTH, type Profession, PROFESSIONS, USERNAME_LENGTH } from '@wac/rules';

export const CREATABLE_ROLES = ['staff', 'centre_admin'] as const;
export type CreatableRole = (typeof CREATABLE_ROLES)[number];

export class NewAccountDto {
  @ApiProperty({ example: 'chen.jinjiang' })
  @IsString()
  @Length(USERNAME_LENGTH.min, USERNAME_LENGTH.max)
  username: string;

  @ApiProperty({ minLength: PASSWORD_LENGTH.min })
  @IsString()
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max)
  password: string;

  @ApiProperty({ enum: CREATABLE_ROLES, enumName: 'CreatableRole' })
  @IsIn(CREATABLE_ROLES, { message: `must be one of ${CREATABLE_ROLES.join(', ')}` })
  role: CreatableRole;
}

export class CreateStaffDto {
  @ApiProperty()
  @IsString()
  @Length(1, 32)
  centreCode: string;

  @ApiProperty({ example: '陈律师' })
  @IsString()
  @Length(1, 64)
  displayName: string;

  @ApiProperty({ enum: PROFESSIONS, enumName: 'Profession', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PROFESSIONS, { each: true, message: `each must be one of ${PROFESSIONS.join(', ')}` })
  professions: Profession[];

  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MaxLength(500)
  bio: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsUUID()
  photoId?: string;

  @ApiProperty()
  @IsBoolean()
  showOnWall: boolean;

  @ApiPropertyOptional({ type: NewAccountDto, description: 'A login for this person (staff or centre admin)' })
  @Omittable()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => NewAccountDto)
  account?: NewAccountDto;
}

export class UpdateStaffDto {
  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional({ enum: PROFESSIONS, enumName: 'Profession', isArray: true })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PROFESSIONS, { each: true, message: `each must be one of ${PROFESSIONS.join(', ')}` })
  professions?: Profession[];

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @MaxLength(500)
  bio?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf((dto: UpdateStaffDto) => dto.photoId !== undefined && dto.photoId !== null)
  @IsUUID()
  photoId?: string | null;

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  showOnWall?: boolean;

  @ApiPropertyOptional({ description: 'False takes the person off duty and disables their login' })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(999)
  wallOrder?: number;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: PASSWORD_LENGTH.min })
  @IsString()
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max)
  password: string;
}

export class LeaveDto {
  @ApiProperty()
  @IsIsoDate()
  fromDate: string;

  @ApiProperty()
  @IsIsoDate()
  toDate: string;
}

export class StaffAccountDto {
  @ApiProperty()
  username: string;

  @ApiProperty({ enum: ['staff', 'centre_admin', 'city_admin'], enumName: 'StaffRole' })
  role: 'staff' | 'centre_admin' | 'city_admin';

  @ApiProperty()
  active: boolean;
}

export class LeavePeriodDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  fromDate: string;

  @ApiProperty()
  toDate: string;
}

export class AdminStaffMemberDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  centreCode: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: PROFESSIONS, enumName: 'Profession', isArray: true })
  professions: Profession[];

  @ApiProperty()
  bio: string;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty()
  showOnWall: boolean;

  @ApiProperty()
  active: boolean;

  @ApiProperty()
  wallOrder: number;

  @ApiProperty({ type: StaffAccountDto, nullable: true })
  account: StaffAccountDto | null;

  @ApiProperty({ type: [LeavePeriodDto] })
  leave: LeavePeriodDto[];
}

export class AdminStaffListDto {
  @ApiProperty({ type: [AdminStaffMemberDto] })
  items: AdminStaffMemberDto[];
}

export class AdminStaffQueryDto {
  @ApiPropertyOptional({ description: 'City admins: one centre (default all); centre admins: always their own' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}
