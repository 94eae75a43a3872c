import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsNumber,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isIsoDate } from '@wac/rules';

/**
 * A number from a query string. An empty or repeated parameter stays invalid instead of becoming 0 or NaN-free,
 * so `?lat=` is refused rather than read as the equator.
 */
export function QueryNumber(options: { min: number; max: number }) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && value.trim() !== '' ? Number(value) : value,
    ),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' }),
    Min(options.min, { message: `must be at least ${options.min}` }),
    Max(options.max, { message: `must be at most ${options.max}` }),
  );
}

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsIsoDate() {
  return applyDecorators(IsString({ message: 'must be a date like 2026-12-01' }), Validate(IsoDateConstraint));
}

@ValidatorConstraint({ name: 'isIsoDate' })
class IsoDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDate(value);
  }

  defaultMessage(): string {
    return 'must be a real date like 2026-12-01';
  }
}

/** A wall-clock time `HH:MM` (24-hour). */
export function IsClockTime() {
  return Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time like 09:30' });
}

/**
 * A field she may leave out. Unlike `@IsOptional()`, `null` is not "left out": it is checked like any other value
 * and refused with the field's reason, instead of reaching a NOT NULL column as a 500.
 */
export function Omittable() {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
