/**
 * Every cache counter in `cache_version`, what reads it and what must bump it. A write that changes what a cache
 * holds bumps the counter in the same transaction (`CacheVersionsRepository.bump`); add the bump to any new write.
 */
export const CACHE_NAMES = {
  /** The centre list (`GET /api/centres`). Bumped by: an admin's centre edit, the seed's centre inserts. */
  centres: 'centres',
  /**
   * City-wide calendar marks and the official years loaded: every centre's availability. Bumped by: an admin's
   * city-wide mark (put, delete), the import of an official year.
   */
  calendar: 'calendar',
  /**
   * What one centre's availability is made of: the centre row, its slot template, its own calendar marks, its duty
   * roster, its staff members and their leave. Bumped by every write to those for that centre.
   */
  centre: (code: string) => `centre:${code}`,
} as const;
