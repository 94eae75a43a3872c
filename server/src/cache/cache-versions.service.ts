import { Injectable } from '@nestjs/common';
import { CacheVersionsRepository } from './cache-versions.repository.js';
import { sharedVersionReads, VersionedCache } from './versioned-cache.js';

/**
 * Makes caches that check the shared counters on every read (reads in flight together share one query); writes bump
 * them through the repository.
 */
@Injectable()
export class CacheVersions {
  private readonly readVersions;

  constructor(versions: CacheVersionsRepository) {
    this.readVersions = sharedVersionReads((names) => versions.read(names));
  }

  newCache<V>(maxEntries?: number): VersionedCache<V> {
    return new VersionedCache<V>(this.readVersions, maxEntries);
  }
}
