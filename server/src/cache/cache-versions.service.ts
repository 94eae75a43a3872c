import { Injectable } from '@nestjs/common';
import { CacheVersionsRepository } from './cache-versions.repository.js';
import { VersionedCache } from './versioned-cache.js';

/** Makes caches that check the shared counters on every read; writes bump them through the repository. */
@Injectable()
export class CacheVersions {
  constructor(private readonly versions: CacheVersionsRepository) {}

  newCache<V>(maxEntries?: number): VersionedCache<V> {
    return new VersionedCache<V>((names) => this.versions.read(names), maxEntries);
  }
}
