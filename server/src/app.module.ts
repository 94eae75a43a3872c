import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Type } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AvailabilityModule } from './availability/availability.module.js';
import { CacheModule } from './cache/cache.module.js';
import { BookingsModule } from './bookings/bookings.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CallbacksModule } from './callbacks/callbacks.module.js';
import { CentresModule } from './centres/centres.module.js';
import { ClockModule } from './common/clock.js';
import { CryptoModule } from './common/crypto/crypto.module.js';
import { JsonBodyMiddleware } from './common/http/json-body.js';
import { RequestLoggingMiddleware } from './common/http/request-logging.middleware.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { AddressLimitMiddleware } from './limits/address-limit.middleware.js';
import { LimitsModule } from './limits/limits.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PhotosModule } from './photos/photos.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { RecordsModule } from './records/records.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RosterModule } from './roster/roster.module.js';
import { StaffModule } from './staff/staff.module.js';
import { SeedModule } from './seed/seed.module.js';

@Module({})
export class AppModule implements NestModule {
  /** `optional`: modules only some configurations load, imported by createApp when they are on (metrics). */
  static forRoot(config: AppConfig, optional: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        CryptoModule,
        DatabaseModule,
        JobsModule,
        LimitsModule,
        CacheModule,
        HealthModule,
        IdentityModule,
        AuditModule,
        NotificationsModule,
        CentresModule,
        PhotosModule,
        CalendarModule,
        AvailabilityModule,
        BookingsModule,
        CallbacksModule,
        RecordsModule,
        StaffModule,
        RosterModule,
        EventsModule,
        ReportsModule,
        PrivacyModule,
        AlertsModule,
        SeedModule,
        ...optional,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware).forRoutes('*path');
    consumer.apply(AddressLimitMiddleware).forRoutes('*path');
    // Bodies are read only once the request is logged and counted against the limits.
    consumer.apply(JsonBodyMiddleware).forRoutes('*path');
  }
}
