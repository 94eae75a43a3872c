import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersions } from '../cache/cache-versions.service.js';
import { RecentlyUsed } from '../cache/recently-used.js';
import type { Freshness } from '../cache/versioned-cache.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import type { StaffPrincipal } from '../identity/principal.js';
import { StaffRepository } from '../staff/staff.repository.js';
import type { UpdateCentreDto } from './dto/update-centre.dto.js';
import { centreNotFound } from './centres.errors.js';
import { CentresRepository } from './centres.repository.js';
import {
  toCentreDetail,
  toCentreSummary,
  type CentreDetailDto,
  type CentreListDto,
  type CentreSummaryDto,
} from './dto/centre.dto.js';
import { NEAREST_PAGE_DEFAULT, type CentreListQueryDto } from './dto/centre-query.dto.js';
import { encodeCursor, extentOf, findNearest, parseCursor, PositionIndex, type Extent } from './geo.js';

/** Every centre in the list's order, by code, and where they are: loaded once per change of any centre. */
interface CentreDirectory {
  whole: CentreListDto;
  byCode: Map<string, CentreSummaryDto>;
  extent: Extent;
  positions: PositionIndex<CentreSummaryDto>;
}

/** Nearest pages kept for giving again, per position, page size and cursor, while the centre list is unchanged. */
const MAX_NEAREST_PAGES_KEPT = 512;

@Injectable()
export class CentresService {
  private readonly directoryCache;
  private readonly nearestPages = new RecentlyUsed<string, { directory: CentreDirectory; page: CentreListDto }>(
    MAX_NEAREST_PAGES_KEPT,
  );

  constructor(
    private readonly centres: CentresRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    cacheVersions: CacheVersions,
  ) {
    this.directoryCache = cacheVersions.newCache<CentreDirectory>(1);
  }

  /**
   * Without a position: all centres, preparing ones included (listed, not bookable), in one answer. With one: the
   * nearest page, searched in the directory's position index (never every centre), and the cursor of the next page.
   * With the database unreachable, the last copy answers: she still finds a centre to call.
   */
  async list(query: CentreListQueryDto, freshness: Freshness = 'current'): Promise<CentreListDto> {
    const { value: directory } = await this.directory(freshness);
    if (query.lat === undefined || query.lng === undefined) {
      return directory.whole;
    }
    // Phones send positions rounded to 100 m: neighbours ask the same page, answered again from here.
    const key = `${query.lat}|${query.lng}|${query.limit ?? ''}|${query.after ?? ''}`;
    const known = this.nearestPages.get(key);
    if (known?.directory === directory) {
      return known.page;
    }
    const page = await this.nearestPage(directory, query.lat, query.lng, query);
    this.nearestPages.set(key, { directory, page });
    return page;
  }

  private async nearestPage(
    directory: CentreDirectory,
    lat: number,
    lng: number,
    query: CentreListQueryDto,
  ): Promise<CentreListDto> {
    const { items, next } = await findNearest(
      { latitude: lat, longitude: lng },
      { limit: query.limit ?? NEAREST_PAGE_DEFAULT, after: query.after ? parseCursor(query.after) : undefined },
      directory.extent,
      (box) => Promise.resolve(directory.positions.inBox(box)),
    );
    return {
      // The index and this map hold the same directory's centres.
      items: items.flatMap(({ code, meters }) => {
        const centre = directory.byCode.get(code);
        return centre ? [{ ...centre, distanceMeters: meters }] : [];
      }),
      next: next ? encodeCursor(next) : null,
    };
  }

  /** An admin's edit of a centre's details and wall; audited. */
  async update(admin: StaffPrincipal, code: string, dto: UpdateCentreDto): Promise<CentreDetailDto> {
    assertManagesCentre(admin, code);
    if (!(await this.centres.findByCode(code))) {
      throw centreNotFound(code);
    }
    if (Object.keys(dto).length > 0) {
      await this.centres.update(code, dto);
      await this.audit.record(admin, 'centre.change', { type: 'centre', id: code, centreCode: code });
    }
    return this.get(code);
  }

  async get(code: string): Promise<CentreDetailDto> {
    const centre = await this.centres.findByCode(code);
    if (!centre) {
      throw centreNotFound(code);
    }
    return toCentreDetail(centre, await this.staff.findWallPeople(code));
  }

  /**
   * Names, addresses and phone numbers of the centres. When the database cannot be reached, the last copy this
   * process read answers instead of a 503, so a woman can still find and phone a centre.
   */
  private directory(freshness: Freshness): Promise<{ value: CentreDirectory; stale: boolean }> {
    return this.directoryCache.getOrLastGood(
      'all',
      [CACHE_NAMES.centres],
      async () => {
        const centres = await this.centres.findAll();
        const items = centres.map((centre) => toCentreSummary(centre));
        return {
          whole: { items },
          byCode: new Map(items.map((item) => [item.code, item])),
          extent: extentOf(centres),
          positions: new PositionIndex(items),
        };
      },
      isDatabaseUnavailable,
      freshness,
    );
  }
}
