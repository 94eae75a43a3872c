import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CENTRES } from './centres.data.js';
import { demoWallPeople, placeholderPortrait } from './demo-staff.data.js';
import { SeedRepository } from './seed.repository.js';

/**
 * At boot: the 13 centres always exist (they are reference data, not demo data); demo wall people only when
 * SEED_DEMO is on (by default only for the embedded SQLite database).
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeds: SeedRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seeds.insertMissingCentres(CENTRES);
    if (this.config.seedDemo) {
      await this.seedDemoWall();
    }
  }

  private async seedDemoWall(): Promise<void> {
    for (const [index, centre] of CENTRES.entries()) {
      if ((await this.seeds.countStaff(centre.code)) > 0) {
        continue;
      }
      const people = demoWallPeople(index).map((person, order) => {
        const photoId = randomUUID();
        return {
          photo: { id: photoId, contentType: 'image/svg+xml' as const, data: placeholderPortrait(person.surname, (index * 47 + order * 97) % 360) },
          member: {
            id: randomUUID(),
            centreCode: centre.code,
            displayName: `${person.surname}${person.title}`,
            professions: person.professions,
            bio: person.bio,
            photoId,
            showOnWall: true,
            active: true,
            wallOrder: order,
          },
        };
      });
      await this.seeds.insertWallPeople(people);
    }
    this.logger.log('demo wall people are in place');
  }
}
