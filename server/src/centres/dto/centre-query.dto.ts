import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, ValidateIf } from 'class-validator';
import { QueryNumber } from '../../common/validation/decorators.js';

export class CentreListQueryDto {
  @ApiPropertyOptional({
    description: 'Latitude of the person looking, GCJ-02 degrees (give with lng)',
    minimum: -90,
    maximum: 90,
  })
  @ValidateIf((query: CentreListQueryDto) => query.lat !== undefined || query.lng !== undefined)
  @IsDefined({ message: 'is required when lng is given' })
  @QueryNumber({ min: -90, max: 90 })
  lat?: number;

  @ApiPropertyOptional({
    description: 'Longitude of the person looking, GCJ-02 degrees (give with lat)',
    minimum: -180,
    maximum: 180,
  })
  @ValidateIf((query: CentreListQueryDto) => query.lat !== undefined || query.lng !== undefined)
  @IsDefined({ message: 'is required when lat is given' })
  @QueryNumber({ min: -180, max: 180 })
  lng?: number;
}
