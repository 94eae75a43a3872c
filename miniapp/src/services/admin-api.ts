import type {
  AdminStaffListDto,
  AdminStaffMemberDto,
  AuditEntryDto,
  AuditListDto,
  AuthTokenDto,
  BreakdownDto,
  CalendarKind,
  CalendarMarkDto,
  CalendarYearDto,
  CalendarYearListDto,
  CopyWeekResultDto,
  CreateEventDto,
  CreateStaffDto,
  EventDto,
  EventListDto,
  OfficialScheduleDto,
  OfficialSchedulePreviewDto,
  OfficialScheduleResultDto,
  PhotoContentType,
  PutCalendarMarkDto,
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
  UpdateEventDto,
  UpdateStaffDto,
  UploadedPhotoDto,
  WecomRobotDto,
  WecomTestResultDto,
  AvailabilityDto,
  BookingDto,
  BookingListDto,
  BookingStatus,
  CallbackOutcome,
  CallbackStatus,
  AttemptResult,
  CentreDetailDto,
  CentreListDto,
  CreateRecordDto,
  DeclineReason,
  RecordCategory,
  RecordChannel,
  RecordDto,
  RecordListDto,
  StaffCallbackDto,
  StaffCallbackListDto,
} from '@wac/shared-types';
import { ApiError, callWithToken } from './api';
import { apiBase } from './build-env';
import { buildQuery } from './url';

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

/** Drops empty values, so "all" filters are simply left out of the query. */
function query(params: Record<string, string | undefined>): string {
  const defined = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  return buildQuery(defined);
}

const enc = encodeURIComponent;

// ---- The client ------------------------------------------------------------------------------------

/** Signs in; the caller decides whether the role may use the console. */
export function adminLogin(username: string, password: string): Promise<AuthTokenDto> {
  return callWithToken<AuthTokenDto>('/api/auth/login', undefined, { method: 'POST', body: { username, password } });
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

export class AdminApi {
  constructor(private readonly token: string) {}

  private get<T>(path: string): Promise<T> {
    return callWithToken<T>(path, this.token);
  }

  private send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return callWithToken<T>(path, this.token, {
      method,
      ...(body === undefined && method === 'DELETE' ? {} : { body: body ?? {} }),
    });
  }

  // Centres
  listCentres(): Promise<CentreListDto> {
    return this.get('/api/centres');
  }

  getCentre(code: string): Promise<CentreDetailDto> {
    return this.get(`/api/centres/${enc(code)}`);
  }

  updateCentre(code: string, changes: UpdateCentreRequest): Promise<CentreDetailDto> {
    return this.send('PATCH', `/api/admin/centres/${enc(code)}`, changes);
  }

  uploadPhoto(contentType: PhotoContentType, dataBase64: string): Promise<UploadedPhoto> {
    return this.send('POST', '/api/admin/photos', { contentType, dataBase64 });
  }

  availability(code: string, range: DateRange): Promise<AvailabilityDto> {
    return this.get(`/api/centres/${enc(code)}/availability${query({ from: range.from, to: range.to })}`);
  }

  // Staff
  async listStaff(centre: string): Promise<AdminStaffMember[]> {
    const list = await this.get<AdminStaffListDto>(`/api/admin/staff${query({ centre })}`);
    return list.items;
  }

  createStaff(request: CreateStaffRequest): Promise<AdminStaffMember> {
    return this.send('POST', '/api/admin/staff', request);
  }

  updateStaff(id: string, changes: UpdateStaffRequest): Promise<AdminStaffMember> {
    return this.send('PATCH', `/api/admin/staff/${enc(id)}`, changes);
  }

  resetPassword(id: string, password: string): Promise<AdminStaffMember> {
    return this.send('POST', `/api/admin/staff/${enc(id)}/reset-password`, { password });
  }

  addLeave(id: string, fromDate: string, toDate: string): Promise<AdminStaffMember> {
    return this.send('POST', `/api/admin/staff/${enc(id)}/leave`, { fromDate, toDate });
  }

  removeLeave(id: string, leaveId: string): Promise<AdminStaffMember> {
    return this.send('DELETE', `/api/admin/staff/${enc(id)}/leave/${enc(leaveId)}`);
  }

  // Roster
  roster(centre: string, month: string): Promise<RosterMonth> {
    return this.get(`/api/admin/roster${query({ centre, month })}`);
  }

  setDuty(centre: string, date: string, staffMemberIds: string[]): Promise<RosterDay> {
    return this.send('PUT', `/api/admin/roster/${enc(centre)}/${enc(date)}`, { staffMemberIds });
  }

  copyWeek(centre: string, fromMonday: string, toMonday: string): Promise<CopyWeekResultDto> {
    return this.send('POST', `/api/admin/roster/${enc(centre)}/copy-week`, { fromMonday, toMonday });
  }

  // Calendar
  calendar(year: number, centre?: string): Promise<CalendarYear> {
    return this.get(`/api/admin/calendar${query({ year: String(year), centre })}`);
  }

  setCalendarMark(date: string, mark: PutCalendarMarkDto): Promise<CalendarMark> {
    return this.send('PUT', `/api/admin/calendar/${enc(date)}`, mark);
  }

  removeCalendarMark(date: string, scope: string): Promise<void> {
    return this.send('DELETE', `/api/admin/calendar/${enc(date)}${query({ scope })}`);
  }

  // A centre's WeCom (企业微信) group robot for staff notices; the key itself is never shown again.
  wecomRobot(centre: string): Promise<WecomRobotDto> {
    return this.get(`/api/admin/centres/${enc(centre)}/wecom`);
  }

  setWecomRobot(centre: string, webhook: string): Promise<WecomRobotDto> {
    return this.send('PUT', `/api/admin/centres/${enc(centre)}/wecom`, { webhook });
  }

  removeWecomRobot(centre: string): Promise<void> {
    return this.send('DELETE', `/api/admin/centres/${enc(centre)}/wecom`);
  }

  testWecomRobot(centre: string): Promise<WecomTestResultDto> {
    return this.send('POST', `/api/admin/centres/${enc(centre)}/wecom/test`);
  }

  /** Which years have the State Council's schedule, and which run on the provisional calendar. */
  calendarYears(): Promise<CalendarYearListDto> {
    return this.get('/api/admin/calendar/years');
  }

  /** What loading a year's official schedule would change for women; checks the entry first (400 by field). */
  previewOfficialYear(year: number, schedule: OfficialScheduleDto): Promise<OfficialSchedulePreviewDto> {
    return this.send('POST', `/api/admin/calendar/official/${year}/preview`, schedule);
  }

  applyOfficialYear(year: number, schedule: OfficialScheduleDto): Promise<OfficialScheduleResultDto> {
    return this.send('PUT', `/api/admin/calendar/official/${year}`, schedule);
  }

  // Slot template
  template(code: string): Promise<SlotTemplate> {
    return this.get(`/api/admin/centres/${enc(code)}/template`);
  }

  saveTemplate(code: string, template: SlotTemplate): Promise<SlotTemplate> {
    return this.send('PUT', `/api/admin/centres/${enc(code)}/template`, template);
  }

  // Bookings and callbacks (the staff endpoints; admins see their centre, city admins all or ?centre=)
  async bookings(range: DateRange & { centre?: string; status?: BookingStatus }): Promise<BookingDto[]> {
    const list = await this.get<BookingListDto>(`/api/staff/bookings${query({ ...range })}`);
    return list.items;
  }

  actOnBooking(id: string, action: 'confirm' | 'arrive' | 'complete' | 'no-show'): Promise<BookingDto> {
    return this.send('POST', `/api/staff/bookings/${enc(id)}/${action}`);
  }

  declineBooking(id: string, reason: DeclineReason): Promise<BookingDto> {
    return this.send('POST', `/api/staff/bookings/${enc(id)}/decline`, { reason });
  }

  async callbacks(filter: { centre?: string; status?: CallbackStatus }): Promise<StaffCallbackDto[]> {
    const list = await this.get<StaffCallbackListDto>(`/api/staff/callbacks${query({ ...filter })}`);
    return list.items;
  }

  /** One request; the whole number only for whoever claimed it (the server audits every such view). */
  callback(id: string): Promise<StaffCallbackDto> {
    return this.get(`/api/staff/callbacks/${enc(id)}`);
  }

  actOnCallback(id: string, action: 'claim' | 'release'): Promise<StaffCallbackDto> {
    return this.send('POST', `/api/staff/callbacks/${enc(id)}/${action}`);
  }

  logAttempt(id: string, result: AttemptResult): Promise<StaffCallbackDto> {
    return this.send('POST', `/api/staff/callbacks/${enc(id)}/attempts`, { result });
  }

  closeCallback(id: string, outcome: CallbackOutcome): Promise<StaffCallbackDto> {
    return this.send('POST', `/api/staff/callbacks/${enc(id)}/close`, { outcome });
  }

  // Records (anonymized)
  async records(
    range: DateRange & { centre?: string; channel?: RecordChannel; category?: RecordCategory },
  ): Promise<RecordDto[]> {
    const list = await this.get<RecordListDto>(`/api/staff/records${query({ ...range })}`);
    return list.items;
  }

  record(id: string): Promise<RecordDto> {
    return this.get(`/api/staff/records/${enc(id)}`);
  }

  createRecord(record: CreateRecordDto): Promise<RecordDto> {
    return this.send('POST', '/api/staff/records', record);
  }

  // Events (普法宣传)
  async events(range: DateRange & { centre?: string }): Promise<PublicityEvent[]> {
    const list = await this.get<EventListDto>(`/api/admin/events${query({ ...range })}`);
    return list.items;
  }

  createEvent(event: PublicityEventRequest): Promise<PublicityEvent> {
    return this.send('POST', '/api/admin/events', event);
  }

  updateEvent(id: string, changes: UpdateEventDto): Promise<PublicityEvent> {
    return this.send('PATCH', `/api/admin/events/${enc(id)}`, changes);
  }

  deleteEvent(id: string): Promise<void> {
    return this.send('DELETE', `/api/admin/events/${enc(id)}`);
  }

  // Reports and exports
  report(period: { from: string; to: string; centre?: string }): Promise<Report> {
    return this.get(`/api/admin/reports${query({ ...period })}`);
  }

  reportExport(format: 'csv' | 'xlsx', period: { from: string; to: string; centre?: string }): Promise<DownloadedFile> {
    return this.download(`/api/admin/reports/export${query({ format, ...period })}`, `report.${format}`);
  }

  bookingsExport(range: DateRange & { centre?: string }): Promise<DownloadedFile> {
    return this.download(`/api/admin/bookings/export${query({ ...range })}`, 'bookings.csv');
  }

  recordsExport(range: DateRange & { centre?: string }): Promise<DownloadedFile> {
    return this.download(`/api/admin/records/export${query({ ...range })}`, 'records.csv');
  }

  // Audit log
  async audit(filter: DateRange & { action?: string; centre?: string }): Promise<AuditEntry[]> {
    const list = await this.get<AuditListDto>(`/api/admin/audit${query({ ...filter })}`);
    return list.items;
  }

  /** Files come as a download, not JSON: fetch them with the token and hand back the bytes. */
  private async download(path: string, fallbackName: string): Promise<DownloadedFile> {
    let response: Response;
    try {
      response = await fetch(`${apiBase()}${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
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
