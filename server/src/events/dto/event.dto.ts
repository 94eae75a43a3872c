import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate, Omittable } from '../../common/validation/decorators.js';
import type { PublicityEvent } from '../publicity-event.entity.js';

export class EventFieldsDto {
  @ApiProperty({ example: '2026-12-04' })
  @IsIsoDate()
  date: string;

  @ApiProperty({ example: '青阳街道社区服务中心' })
  @IsString()
  @Length(1, 100)
  place: string;

  @ApiProperty({ example: '反家庭暴力法宣传' })
  @IsString()
  @Length(1, 100)
  topic: string;

  @ApiProperty({ type: [String], example: ['司法局', '社区居委会'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  partners: string[];

  @ApiProperty({ description: 'People reached', minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100000)
  reached: number;
}

export class CreateEventDto extends EventFieldsDto {
  @ApiProperty()
  @IsString()
  @Length(1, 32)
  centreCode: string;
}

export class UpdateEventDto extends PartialType(EventFieldsDto) {}

export class EventsQueryDto {
  @ApiProperty()
  @IsIsoDate()
  from: string;

  @ApiProperty()
  @IsIsoDate()
  to: string;

  @ApiPropertyOptional({ description: 'City admins: one centre' })
  @Omittable()
  @IsString()
  @Length(1, 32)
  centre?: string;
}

export class EventDto extends EventFieldsDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  centreCode: string;
}

export class EventListDto {
  @ApiProperty({ type: [EventDto] })
  items: EventDto[];
}

export const toEventDto = ({ id, centreCode, date, place, topic, partners, reached }: PublicityEvent): EventDto => ({
  id,
  centreCode,
  date,
  place,
  topic,
  partners,
  reached,
});
