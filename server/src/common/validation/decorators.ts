import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * A number from a query string. An empty or repeated parameter stays invalid instead of becoming 0 or NaN-free,
 * so `?lat=` is refused rather than read as the equator.
 */
export function QueryNumber(options: { min: number; max: number }) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value)),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' }),
    Min(options.min, { message: `must be at least ${options.min}` }),
    Max(options.max, { message: `must be at most ${options.max}` }),
  );
}
