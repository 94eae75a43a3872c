import { Injectable } from '@nestjs/common';
import { CacheVersionsRepository } from './cache-versions.repository.js';
import { sharedVersionReads, VersionedCache } from './versioned-cache.js';

/**
 * Makes caches that check the shared counters on every read (reads in flight together share one query; anonymous
 * public reads may use a read begun up to RECENT_COUNTERS_MS before); writes bump them through the repository.
 */
@Injectable()
export class CacheVersions {
  private readonly readVersions;

  constructor(versions: CacheVersionsRepository) {
    const counters = sharedVersionReads((names) => versions.read(names));
    versions.onBump((names) => counters.bumped(names));
    this.readVersions = counters.read;
  }

  newCache<V>(maxEntries?: number): VersionedCache<V> {
    return new VersionedCache<V>(this.readVersions, maxEntries);
  }
}
