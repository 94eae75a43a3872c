import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { addDays, eachDate, shanghaiClock } from '@wac/rules';
import { hashPassword } from '../identity/password.js';
import { CENTRES } from './centres.data.js';
import { demoLogins, type DemoLogin } from './demo-accounts.data.js';
import { demoWallPeople, placeholderPortrait } from './demo-staff.data.js';
import { SeedRepository } from './seed.repository.js';

const SEED_MARKERS = { wall: 'demo.wall', logins: 'demo.logins', roster: 'demo.roster' } as const;
/** The person a centre's demo login belongs to, in the console's staff list. */
const DEMO_LOGIN_PERSON = '演示工作人员';

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
      await this.once(SEED_MARKERS.wall, () => this.seedDemoWall());
      await this.seedDemoRoster(new Date());
      await this.once(SEED_MARKERS.logins, () => this.seedDemoAccounts());
      this.demoLogins = demoLogins(CENTRES.map((centre) => centre.code));
    }
  }

  /** Runs a step of the demo seed the first time only: later starts keep whatever admins made of it. */
  private async once(marker: string, step: () => Promise<void>): Promise<void> {
    if ((await this.seeds.marker(marker)) === null) {
      await step();
      await this.seeds.setMarker(marker, 'done');
    }
  }

  /**
   * Everyone on the walls is on duty every day of the next eight weeks (closed days simply offer nothing). Each day
   * is filled once, when it first comes into the window, and only at centres with nobody on duty that day: a day an
   * admin has already rostered, or changed since, is never touched again.
   */
  private async seedDemoRoster(now: Date): Promise<void> {
    const today = shanghaiClock(now).date;
    const last = addDays(today, 56);
    const filledUpTo = await this.seeds.marker(SEED_MARKERS.roster);
    const first = filledUpTo !== null && filledUpTo >= today ? addDays(filledUpTo, 1) : today;
    if (first > last) {
      return;
    }
    const dates = eachDate(first, last);
    const [people, staffed] = await Promise.all([this.seeds.findWallPeople(), this.seeds.findStaffedDays(first, last)]);
    await this.seeds.insertMissingDuty(
      people.flatMap((person) =>
        dates
          .filter((date) => !staffed.has(`${person.centreCode}|${date}`))
          .map((date) => ({ id: randomUUID(), centreCode: person.centreCode, date, staffMemberId: person.id })),
      ),
    );
    await this.seeds.setMarker(SEED_MARKERS.roster, last);
  }

  /** The demo logins, each centre's tied to a person (not on the wall) so it shows in the console's staff list. */
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
    const unlinked = await this.seeds.findUnlinkedCentreAccounts(logins.map((login) => login.username));
    for (const { id, centreCode } of unlinked) {
      await this.seeds.linkAccountToNewPerson(id, {
        id: randomUUID(),
        centreCode,
        displayName: DEMO_LOGIN_PERSON,
        professions: ['liaison'],
        bio: '',
        photoId: null,
        showOnWall: false,
        active: true,
        wallOrder: 0,
      });
    }
  }

  private async seedDemoWall(): Promise<void> {
    for (const [index, centre] of CENTRES.entries()) {
      // A database seeded before the markers existed already has its wall people.
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
