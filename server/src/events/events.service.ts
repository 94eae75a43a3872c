import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { DomainError } from '../common/errors/domain-error.js';
import { staffCentreScope, type StaffPrincipal } from '../identity/principal.js';
import {
  toEventDto,
  type CreateEventDto,
  type EventDto,
  type EventListDto,
  type EventsQueryDto,
  type UpdateEventDto,
} from './dto/event.dto.js';
import type { PublicityEvent } from './publicity-event.entity.js';
import { EventsRepository } from './events.repository.js';

const eventNotFound = () => new DomainError('EVENT_NOT_FOUND', 'No such event');

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly centres: CentresRepository,
  ) {}

  async list(admin: StaffPrincipal, query: EventsQueryDto): Promise<EventListDto> {
    return {
      items: (await this.events.find(query.from, query.to, staffCentreScope(admin, query.centre).centreCode)).map(
        toEventDto,
      ),
    };
  }

  async create(admin: StaffPrincipal, dto: CreateEventDto): Promise<EventDto> {
    assertManagesCentre(admin, dto.centreCode);
    if (!(await this.centres.findByCode(dto.centreCode))) {
      throw centreNotFound(dto.centreCode);
    }
    const id = randomUUID();
    const { centreCode, date, place, topic, partners, reached } = dto;
    await this.events.insert({ id, centreCode, date, place, topic, partners, reached });
    return toEventDto(await this.mustFind(admin, id));
  }

  async update(admin: StaffPrincipal, id: string, dto: UpdateEventDto): Promise<EventDto> {
    await this.mustFind(admin, id);
    await this.events.update(id, dto);
    return toEventDto(await this.mustFind(admin, id));
  }

  async remove(admin: StaffPrincipal, id: string): Promise<void> {
    await this.mustFind(admin, id);
    await this.events.delete(id);
  }

  private async mustFind(admin: StaffPrincipal, id: string): Promise<PublicityEvent> {
    const event = await this.events.findOne(id, staffCentreScope(admin).centreCode);
    if (!event) {
      throw eventNotFound();
    }
    return event;
  }
}
