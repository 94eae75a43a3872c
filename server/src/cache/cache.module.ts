import { Global, Module } from '@nestjs/common';
import { CacheVersions } from './cache-versions.service.js';
import { CacheVersionsRepository } from './cache-versions.repository.js';

/** Caches shared by features, invalidated across processes through the `cache_version` rows. */
@Global()
@Module({ providers: [CacheVersionsRepository, CacheVersions], exports: [CacheVersionsRepository, CacheVersions] })
export class CacheModule {}
