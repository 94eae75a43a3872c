import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain-error.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AdminOnly, CurrentStaff } from '../identity/auth.guard.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { CreateEventDto, EventDto, EventListDto, EventsQueryDto, UpdateEventDto } from './dto/event.dto.js';
import { EventsService } from './events.service.js';

const EventId = () =>
  new ParseUUIDPipe({ exceptionFactory: () => new DomainError('EVENT_NOT_FOUND', 'No such event') });

@ApiTags('admin')
@Controller('admin/events')
@AdminOnly()
@ApiNotFoundResponse({ type: ErrorResponseDto })
export class EventsController {
  constructor(private readonly service: EventsService) {}

  @Get()
  @ApiOkResponse({ type: EventListDto })
  listEvents(@CurrentStaff() admin: StaffPrincipal, @Query() query: EventsQueryDto): Promise<EventListDto> {
    return this.service.list(admin, query);
  }

  @Post()
  @ApiCreatedResponse({ type: EventDto })
  createEvent(@CurrentStaff() admin: StaffPrincipal, @Body() dto: CreateEventDto): Promise<EventDto> {
    return this.service.create(admin, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: EventDto })
  updateEvent(
    @CurrentStaff() admin: StaffPrincipal,
    @Param('id', EventId()) id: string,
    @Body() dto: UpdateEventDto,
  ): Promise<EventDto> {
    return this.service.update(admin, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteEvent(@CurrentStaff() admin: StaffPrincipal, @Param('id', EventId()) id: string): Promise<void> {
    return this.service.remove(admin, id);
  }
}
