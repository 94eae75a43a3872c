import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimits } from './rate-limits.service.js';

@Global()
@Module({
  providers: [
    {
      provide: RateLimits,
      inject: [APP_CONFIG],
      useFactory: async ({ limits }: AppConfig) => {
        if (!limits.redisUrl) {
          return new RateLimits(limits, undefined);
        }
        // ioredis is loaded only when used: the embedded server, on its own, would pay for it at every start.
        const { Redis } = await import('ioredis');
        const redis = new Redis(limits.redisUrl, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: false,
          // The commands of one event-loop turn (every request's limit check) go out in one write: a write per
          // command was about 30 % of the server's time under load.
          enableAutoPipelining: true,
        });
        return new RateLimits(limits, redis);
      },
    },
  ],
  exports: [RateLimits],
})
export class LimitsModule {}
