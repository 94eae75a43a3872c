import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { addDays, eachDate, shanghaiClock } from '../calendar/dates.js';
import { hashPassword } from '../identity/password.js';
import { CENTRES } from './centres.data.js';
import { demoLogins, type DemoLogin } from './demo-accounts.data.js';
import { demoWallPeople, placeholderPortrait } from './demo-staff.data.js';
import { SeedRepository } from './seed.repository.js';

/**
 * At boot: the 13 centres always exist (they are reference data, not demo data); demo wall people only when
 * SEED_DEMO is on (by default only for the embedded SQLite database).
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');
  /** Filled when demo data is loaded, for the start-up message. */
  demoLogins: DemoLogin[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeds: SeedRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seeds.insertMissingCentres(CENTRES);
    if (this.config.seedDemo) {
      await this.seedDemoWall();
      await this.seedDemoRoster(new Date());
      await this.seedDemoAccounts();
    }
  }

  /** Everyone on the walls is on duty every day of the next eight weeks (closed days simply offer nothing). */
  private async seedDemoRoster(now: Date): Promise<void> {
    const today = shanghaiClock(now).date;
    const dates = eachDate(today, addDays(today, 56));
    const people = await this.seeds.findWallPeople();
    await this.seeds.insertMissingDuty(
      people.flatMap((person) =>
        dates.map((date) => ({ id: randomUUID(), centreCode: person.centreCode, date, staffMemberId: person.id })),
      ),
    );
  }

  private async seedDemoAccounts(): Promise<void> {
    const logins = demoLogins(CENTRES.map((centre) => centre.code));
    const existing = await this.seeds.findAccountUsernames();
    const missing = logins.filter((login) => !existing.has(login.username));
    await this.seeds.insertAccounts(
      await Promise.all(
        missing.map(async (login) => ({
          id: randomUUID(),
          username: login.username,
          passwordHash: await hashPassword(login.password),
          role: login.role,
          centreCode: login.centreCode,
          staffMemberId: null,
          active: true,
          tokenVersion: 1,
        })),
      ),
    );
    this.demoLogins = logins;
  }

  private async seedDemoWall(): Promise<void> {
    for (const [index, centre] of CENTRES.entries()) {
      if ((await this.seeds.countStaff(centre.code)) > 0) {
        continue;
      }
      const people = demoWallPeople(index).map((person, order) => {
        const photoId = randomUUID();
        return {
          photo: {
            id: photoId,
            contentType: 'image/svg+xml' as const,
            data: placeholderPortrait(person.surname, (index * 47 + order * 97) % 360),
          },
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
