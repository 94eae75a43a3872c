import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsClockTime } from '../../common/validation/decorators.js';

export class SlotTemplateDto {
  @ApiProperty({ minimum: 15, maximum: 240, example: 50 })
  @IsInt()
  @Min(15)
  @Max(240)
  slotMinutes: number;

  @ApiProperty({ minimum: 0, maximum: 60, example: 10, description: 'Time after each session for notes' })
  @IsInt()
  @Min(0)
  @Max(60)
  bufferMinutes: number;

  @ApiProperty({ example: '08:00' })
  @IsClockTime()
  dayStart: string;

  @ApiProperty({ example: '12:00' })
  @IsClockTime()
  dayEnd: string;

  @ApiProperty({ minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  rooms: number;

  @ApiProperty({ minimum: 0, maximum: 20, description: 'Rooms kept free for walk-ins at every session' })
  @IsInt()
  @Min(0)
  @Max(20)
  walkInReserve: number;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  bookingWindowDays: number;

  @ApiProperty({ minimum: 0, maximum: 1440, description: 'No booking for a session starting sooner than this' })
  @IsInt()
  @Min(0)
  @Max(1440)
  leadTimeMinutes: number;
}
