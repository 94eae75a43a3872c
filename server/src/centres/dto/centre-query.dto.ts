import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsInt,
  IsString,
  Matches,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { QueryNumber, Omittable } from '../../common/validation/decorators.js';

/** Nearest centres come a page at a time; without a position the whole list comes at once. */
export const NEAREST_PAGE_DEFAULT = 20;
export const NEAREST_PAGE_MAX = 50;

const withPosition = (query: CentreListQueryDto) => query.lat !== undefined || query.lng !== undefined;

@ValidatorConstraint({ name: 'needsPosition' })
class NeedsPosition implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return withPosition(args.object);
  }

  defaultMessage(): string {
    return 'is only used with lat and lng (without them the whole list comes at once)';
  }
}

export class CentreListQueryDto {
  @ApiPropertyOptional({
    description: 'Latitude of the person looking, GCJ-02 degrees (give with lng)',
    minimum: -90,
    maximum: 90,
  })
  @ValidateIf(withPosition)
  @IsDefined({ message: 'is required when lng is given' })
  @QueryNumber({ min: -90, max: 90 })
  lat?: number;

  @ApiPropertyOptional({
    description: 'Longitude of the person looking, GCJ-02 degrees (give with lat)',
    minimum: -180,
    maximum: 180,
  })
  @ValidateIf(withPosition)
  @IsDefined({ message: 'is required when lat is given' })
  @QueryNumber({ min: -180, max: 180 })
  lng?: number;

  @ApiPropertyOptional({
    description: `With lat/lng: how many centres per page (default ${NEAREST_PAGE_DEFAULT})`,
    minimum: 1,
    maximum: NEAREST_PAGE_MAX,
  })
  @Omittable()
  @Validate(NeedsPosition)
  @QueryNumber({ min: 1, max: NEAREST_PAGE_MAX })
  @IsInt({ message: 'must be a whole number' })
  limit?: number;

  @ApiPropertyOptional({
    description:
      'With lat/lng: the cursor of the next page, i.e. the `next` of the previous answer (for the same lat/lng)',
    example: '5123_jinjiang',
  })
  @Omittable()
  @Validate(NeedsPosition)
  @IsString({ message: 'must be the next value of the previous page' })
  @Matches(/^\d{1,9}_[A-Za-z0-9-]{1,32}$/, { message: 'must be the next value of the previous page' })
  after?: string;
}
