import { Omittable } from '../../common/validation/decorators.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CENTRE_STATUSES, type CentreStatus } from '../centre.entity.js';

export class UpdateCentreDto {
  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 64)
  name?: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 255)
  address?: string;

  @ApiPropertyOptional({
    description: 'GCJ-02 latitude (as in WeChat/Amap/Tencent maps); inside China',
    minimum: 18,
    maximum: 54,
  })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(18)
  @Max(54)
  latitude?: number;

  @ApiPropertyOptional({ description: 'GCJ-02 longitude; inside China', minimum: 73, maximum: 136 })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(73)
  @Max(136)
  longitude?: number;

  @ApiPropertyOptional({ description: 'Whether the position is only the area seat' })
  @Omittable()
  @IsBoolean()
  approximate?: boolean;

  @ApiPropertyOptional({ example: '0595-22881234' })
  @Omittable()
  @IsString()
  @Matches(/^(\d{3,5}(-\d{7,8})?|0\d{2,3}-\d{7,8}(-\d{1,4})?|1[3-9]\d{9})$/, {
    message: 'must be a phone number such as 0595-22881234, 13800135678 or 12338',
  })
  phone?: string;

  @ApiPropertyOptional({ enum: CENTRE_STATUSES, enumName: 'CentreStatus' })
  @Omittable()
  @IsIn(CENTRE_STATUSES, { message: `must be one of ${CENTRE_STATUSES.join(', ')}` })
  status?: CentreStatus;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 255)
  openingHours?: string;

  @ApiPropertyOptional({ type: [String] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  workRules?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  serviceScope?: string[];
}
