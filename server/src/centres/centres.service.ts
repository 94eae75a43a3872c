import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { CACHE_NAMES } from '../cache/cache-names.js';
import { CacheVersions } from '../cache/cache-versions.service.js';
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
import { encodeCursor, extentOf, findNearest, parseCursor, pointsInBox, type BoxReader, type Extent } from './geo.js';

/** Every centre in the list's order, by code, and where they are: loaded once per change of any centre. */
interface CentreDirectory {
  whole: CentreListDto;
  byCode: Map<string, CentreSummaryDto>;
  extent: Extent;
}

@Injectable()
export class CentresService {
  private readonly directoryCache;

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
   * nearest page, read from the position index (never every centre), and the cursor of the next page.
   */
  async list(query: CentreListQueryDto): Promise<CentreListDto> {
    const { value: directory, stale } = await this.directory();
    if (query.lat === undefined || query.lng === undefined) {
      return directory.whole;
    }
    // With the database unreachable, the last copy's positions are ranked here: she still finds a centre to call.
    const readBox: BoxReader = stale
      ? (box) => Promise.resolve(pointsInBox(directory.whole.items, box))
      : (box) => this.centres.findPositionsInBox(box);
    const { items, next } = await findNearest(
      { latitude: query.lat, longitude: query.lng },
      { limit: query.limit ?? NEAREST_PAGE_DEFAULT, after: query.after ? parseCursor(query.after) : undefined },
      directory.extent,
      readBox,
    );
    return {
      items: items.flatMap(({ code, meters }) => {
        const centre = directory.byCode.get(code);
        // A centre added after the directory was read (a race of microseconds) shows from the next request on.
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
  private directory(): Promise<{ value: CentreDirectory; stale: boolean }> {
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
        };
      },
      isDatabaseUnavailable,
    );
  }
}
