import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';

export class FieldErrorDto {
  @ApiProperty({ description: 'Path of the offending input, e.g. `lat` or `windows.0.from`' })
  field: string;

  @ApiProperty({ description: 'Why it was refused, in plain words' })
  reason: string;
}

export class ErrorResponseDto {
  @ApiProperty()
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty()
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  fields?: FieldErrorDto[];
}
