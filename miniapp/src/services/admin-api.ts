import type {
  AdminStaffMemberDto,
  AuditEntryDto,
  AuthTokenDto,
  BreakdownDto,
  CalendarKind,
  CalendarMarkDto,
  CalendarYearDto,
  CreateEventDto,
  CreateStaffDto,
  EventDto,
  PhotoContentType,
  ReportDto,
  ReportMonthDto,
  ReportTotalsDto,
  RosterDayDto,
  RosterMonthDto,
  RosterPersonDto,
  RosterWarning,
  SlotTemplateDto,
  StaffRole,
  UpdateCentreDto,
  UpdateStaffDto,
  UploadedPhotoDto,
} from '@wac/shared-types';
import { ApiError, noSession, tokenTransport } from './api';
import { loginStaff } from './api.generated';
import type { ApiTransport, SendOptions } from './transport';
import { apiBase } from './build-env';
import { endpoint, type ApiMethod, type ApiPath, type Endpoint } from './endpoint';

// The admin console's client (H5 only: the console is never in the weapp build). Same request and
// error machinery as the women's client (services/api.ts), with the admin's own Bearer token.

// ---- Admin contract (the server's admin DTOs, under the names the console uses) ------------------

export type AdminRole = Extract<StaffRole, 'centre_admin' | 'city_admin'>;
export type UpdateCentreRequest = UpdateCentreDto;
export type { PhotoContentType };
export type UploadedPhoto = UploadedPhotoDto;
export type AdminStaffMember = AdminStaffMemberDto;
export type CreateStaffRequest = CreateStaffDto;
export type UpdateStaffRequest = UpdateStaffDto;
export type { RosterWarning };
export type RosterPerson = RosterPersonDto;
export type RosterDay = RosterDayDto;
export type RosterMonth = RosterMonthDto;
export type CalendarMarkKind = CalendarKind;
export type CalendarMark = CalendarMarkDto;
export type CalendarYear = CalendarYearDto;
export type SlotTemplate = SlotTemplateDto;
export type PublicityEvent = EventDto;
export type PublicityEventRequest = CreateEventDto;
/** null = a small number the server suppressed (shown as "<5", never as 0). */
export type Count = number | null;
export type ReportFigures = ReportTotalsDto;
export type ReportMonth = ReportMonthDto;
export type ReportBreakdownRow = BreakdownDto;
export type Report = ReportDto;
export type AuditEntry = AuditEntryDto;

// ---- Queries ---------------------------------------------------------------------------------------

export interface DateRange {
  from: string;
  to: string;
}

// ---- The client ------------------------------------------------------------------------------------

/** Signs in; the caller decides whether the role may use the console. */
export function adminLogin(username: string, password: string): Promise<AuthTokenDto> {
  return loginStaff(noSession, { username, password });
}

/** A file the server made (CSV or XLSX), fetched with the admin's token. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) {
    return fallback;
  }
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ? plain[1].trim() : fallback;
}

/**
 * The admin's login, for the generated client (api.generated.ts): `listStaff(api, { centre })`. Files (CSV, XLSX)
 * come as downloads, not JSON, and are fetched with the same token (`downloadReport` and the others below).
 */
export class AdminApi implements ApiTransport {
  private readonly transport: ApiTransport;

  constructor(private readonly token: string) {
    this.transport = tokenTransport(() => token);
  }

  send<P extends ApiPath, M extends ApiMethod<P>>(target: Endpoint<P, M>, options?: SendOptions) {
    return this.transport.send(target, options);
  }

  /** Files come as a download, not JSON: fetch them with the token and hand back the bytes. */
  async download<P extends ApiPath, M extends ApiMethod<P>>(
    target: Endpoint<P, M>,
    fallbackName: string,
  ): Promise<DownloadedFile> {
    let response: Response;
    try {
      response = await fetch(`${apiBase()}${target.url}`, { headers: { Authorization: `Bearer ${this.token}` } });
    } catch {
      throw new ApiError({ statusCode: 0, code: 'NETWORK', message: 'The server could not be reached' });
    }
    if (!response.ok) {
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      const error = body as { code?: unknown; message?: unknown } | undefined;
      if (error && typeof error.code === 'string' && typeof error.message === 'string') {
        throw new ApiError({
          statusCode: response.status,
          code: error.code as ApiError['code'],
          message: error.message,
        });
      }
      throw new ApiError({
        statusCode: response.status,
        code: 'UNEXPECTED_RESPONSE',
        message: `Unexpected response (HTTP ${response.status})`,
      });
    }
    return {
      blob: await response.blob(),
      fileName: fileNameFrom(response.headers.get('content-disposition'), fallbackName),
    };
  }
}

export function downloadReport(
  api: AdminApi,
  format: 'csv' | 'xlsx',
  period: { from: string; to: string; centre?: string },
): Promise<DownloadedFile> {
  return api.download(
    endpoint('get', '/api/admin/reports/export', { query: { format, ...period } }),
    `report.${format}`,
  );
}

export function downloadBookings(api: AdminApi, range: DateRange & { centre?: string }): Promise<DownloadedFile> {
  return api.download(endpoint('get', '/api/admin/bookings/export', { query: range }), 'bookings.csv');
}

export function downloadRecords(api: AdminApi, range: DateRange & { centre?: string }): Promise<DownloadedFile> {
  return api.download(endpoint('get', '/api/admin/records/export', { query: range }), 'records.csv');
}
