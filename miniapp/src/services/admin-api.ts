import type {
  AdminStaffMemberDto,
  AuditAction,
  AuditEntryDto,
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
  StaffCallbackDto,
} from '@wac/shared-types';
import { ApiError, callOperation } from './api';
import { apiBase } from './build-env';
import { endpoint, type ApiMethod, type ApiPath, type BodyOf, type Endpoint, type ResponseOf } from './endpoint';

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
  return callOperation(endpoint('post', '/api/auth/login'), undefined, { username, password });
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

  /** One operation of the contract with the admin's token; body and answer typed by ApiPaths. */
  private call<P extends ApiPath, M extends ApiMethod<P>>(
    target: Endpoint<P, M>,
    ...body: [BodyOf<P, M>] extends [never] ? [] : [BodyOf<P, M>]
  ): Promise<ResponseOf<P, M>> {
    return callOperation(target, this.token, ...body);
  }

  // Centres
  listCentres(): Promise<CentreListDto> {
    return this.call(endpoint('get', '/api/centres'));
  }

  getCentre(code: string): Promise<CentreDetailDto> {
    return this.call(endpoint('get', '/api/centres/{code}', { path: { code } }));
  }

  updateCentre(code: string, changes: UpdateCentreRequest): Promise<CentreDetailDto> {
    return this.call(endpoint('patch', '/api/admin/centres/{code}', { path: { code } }), changes);
  }

  uploadPhoto(contentType: PhotoContentType, dataBase64: string): Promise<UploadedPhoto> {
    return this.call(endpoint('post', '/api/admin/photos'), { contentType, dataBase64 });
  }

  availability(code: string, range: DateRange): Promise<AvailabilityDto> {
    return this.call(endpoint('get', '/api/centres/{code}/availability', { path: { code }, query: range }));
  }

  // Staff
  async listStaff(centre: string): Promise<AdminStaffMember[]> {
    const list = await this.call(endpoint('get', '/api/admin/staff', { query: { centre } }));
    return list.items;
  }

  createStaff(request: CreateStaffRequest): Promise<AdminStaffMember> {
    return this.call(endpoint('post', '/api/admin/staff'), request);
  }

  updateStaff(id: string, changes: UpdateStaffRequest): Promise<AdminStaffMember> {
    return this.call(endpoint('patch', '/api/admin/staff/{id}', { path: { id } }), changes);
  }

  resetPassword(id: string, password: string): Promise<AdminStaffMember> {
    return this.call(endpoint('post', '/api/admin/staff/{id}/reset-password', { path: { id } }), { password });
  }

  addLeave(id: string, fromDate: string, toDate: string): Promise<AdminStaffMember> {
    return this.call(endpoint('post', '/api/admin/staff/{id}/leave', { path: { id } }), { fromDate, toDate });
  }

  removeLeave(id: string, leaveId: string): Promise<AdminStaffMember> {
    return this.call(endpoint('delete', '/api/admin/staff/{id}/leave/{leaveId}', { path: { id, leaveId } }));
  }

  // Roster
  roster(centre: string, month: string): Promise<RosterMonth> {
    return this.call(endpoint('get', '/api/admin/roster', { query: { centre, month } }));
  }

  setDuty(centre: string, date: string, staffMemberIds: string[]): Promise<RosterDay> {
    return this.call(endpoint('put', '/api/admin/roster/{centre}/{date}', { path: { centre, date } }), {
      staffMemberIds,
    });
  }

  copyWeek(centre: string, fromMonday: string, toMonday: string): Promise<CopyWeekResultDto> {
    return this.call(endpoint('post', '/api/admin/roster/{centre}/copy-week', { path: { centre } }), {
      fromMonday,
      toMonday,
    });
  }

  // Calendar
  calendar(year: number, centre?: string): Promise<CalendarYear> {
    return this.call(endpoint('get', '/api/admin/calendar', { query: { year, centre } }));
  }

  setCalendarMark(date: string, mark: PutCalendarMarkDto): Promise<CalendarMark> {
    return this.call(endpoint('put', '/api/admin/calendar/{date}', { path: { date } }), mark);
  }

  removeCalendarMark(date: string, scope: string): Promise<void> {
    return this.call(endpoint('delete', '/api/admin/calendar/{date}', { path: { date }, query: { scope } }));
  }

  // A centre's WeCom (企业微信) group robot for staff notices; the key itself is never shown again.
  wecomRobot(centre: string): Promise<WecomRobotDto> {
    return this.call(endpoint('get', '/api/admin/centres/{code}/wecom', { path: { code: centre } }));
  }

  setWecomRobot(centre: string, webhook: string): Promise<WecomRobotDto> {
    return this.call(endpoint('put', '/api/admin/centres/{code}/wecom', { path: { code: centre } }), { webhook });
  }

  removeWecomRobot(centre: string): Promise<void> {
    return this.call(endpoint('delete', '/api/admin/centres/{code}/wecom', { path: { code: centre } }));
  }

  testWecomRobot(centre: string): Promise<WecomTestResultDto> {
    return this.call(endpoint('post', '/api/admin/centres/{code}/wecom/test', { path: { code: centre } }));
  }

  /** Which years have the State Council's schedule, and which run on the provisional calendar. */
  calendarYears(): Promise<CalendarYearListDto> {
    return this.call(endpoint('get', '/api/admin/calendar/years'));
  }

  /** What loading a year's official schedule would change for women; checks the entry first (400 by field). */
  previewOfficialYear(year: number, schedule: OfficialScheduleDto): Promise<OfficialSchedulePreviewDto> {
    return this.call(endpoint('post', '/api/admin/calendar/official/{year}/preview', { path: { year } }), schedule);
  }

  applyOfficialYear(year: number, schedule: OfficialScheduleDto): Promise<OfficialScheduleResultDto> {
    return this.call(endpoint('put', '/api/admin/calendar/official/{year}', { path: { year } }), schedule);
  }

  // Slot template
  template(code: string): Promise<SlotTemplate> {
    return this.call(endpoint('get', '/api/admin/centres/{code}/template', { path: { code } }));
  }

  saveTemplate(code: string, template: SlotTemplate): Promise<SlotTemplate> {
    return this.call(endpoint('put', '/api/admin/centres/{code}/template', { path: { code } }), template);
  }

  // Bookings and callbacks (the staff endpoints; admins see their centre, city admins all or ?centre=)
  async bookings(range: DateRange & { centre?: string; status?: BookingStatus }): Promise<BookingDto[]> {
    const list = await this.call(endpoint('get', '/api/staff/bookings', { query: range }));
    return list.items;
  }

  actOnBooking(id: string, action: 'confirm' | 'arrive' | 'complete' | 'no-show'): Promise<BookingDto> {
    return this.call(endpoint('post', `/api/staff/bookings/{id}/${action}`, { path: { id } }));
  }

  declineBooking(id: string, reason: DeclineReason): Promise<BookingDto> {
    return this.call(endpoint('post', '/api/staff/bookings/{id}/decline', { path: { id } }), { reason });
  }

  async callbacks(filter: { centre?: string; status?: CallbackStatus }): Promise<StaffCallbackDto[]> {
    const list = await this.call(endpoint('get', '/api/staff/callbacks', { query: filter }));
    return list.items;
  }

  /** One request; the whole number only for whoever claimed it (the server audits every such view). */
  callback(id: string): Promise<StaffCallbackDto> {
    return this.call(endpoint('get', '/api/staff/callbacks/{id}', { path: { id } }));
  }

  actOnCallback(id: string, action: 'claim' | 'release'): Promise<StaffCallbackDto> {
    return this.call(endpoint('post', `/api/staff/callbacks/{id}/${action}`, { path: { id } }));
  }

  logAttempt(id: string, result: AttemptResult): Promise<StaffCallbackDto> {
    return this.call(endpoint('post', '/api/staff/callbacks/{id}/attempts', { path: { id } }), { result });
  }

  closeCallback(id: string, outcome: CallbackOutcome): Promise<StaffCallbackDto> {
    return this.call(endpoint('post', '/api/staff/callbacks/{id}/close', { path: { id } }), { outcome });
  }

  // Records (anonymized)
  async records(
    range: DateRange & { centre?: string; channel?: RecordChannel; category?: RecordCategory },
  ): Promise<RecordDto[]> {
    const list = await this.call(endpoint('get', '/api/staff/records', { query: range }));
    return list.items;
  }

  record(id: string): Promise<RecordDto> {
    return this.call(endpoint('get', '/api/staff/records/{id}', { path: { id } }));
  }

  createRecord(record: CreateRecordDto): Promise<RecordDto> {
    return this.call(endpoint('post', '/api/staff/records'), record);
  }

  // Events (普法宣传)
  async events(range: DateRange & { centre?: string }): Promise<PublicityEvent[]> {
    const list = await this.call(endpoint('get', '/api/admin/events', { query: range }));
    return list.items;
  }

  createEvent(event: PublicityEventRequest): Promise<PublicityEvent> {
    return this.call(endpoint('post', '/api/admin/events'), event);
  }

  updateEvent(id: string, changes: UpdateEventDto): Promise<PublicityEvent> {
    return this.call(endpoint('patch', '/api/admin/events/{id}', { path: { id } }), changes);
  }

  deleteEvent(id: string): Promise<void> {
    return this.call(endpoint('delete', '/api/admin/events/{id}', { path: { id } }));
  }

  // Reports and exports
  report(period: { from: string; to: string; centre?: string }): Promise<Report> {
    return this.call(endpoint('get', '/api/admin/reports', { query: period }));
  }

  reportExport(format: 'csv' | 'xlsx', period: { from: string; to: string; centre?: string }): Promise<DownloadedFile> {
    return this.download(
      endpoint('get', '/api/admin/reports/export', { query: { format, ...period } }),
      `report.${format}`,
    );
  }

  bookingsExport(range: DateRange & { centre?: string }): Promise<DownloadedFile> {
    return this.download(endpoint('get', '/api/admin/bookings/export', { query: range }), 'bookings.csv');
  }

  recordsExport(range: DateRange & { centre?: string }): Promise<DownloadedFile> {
    return this.download(endpoint('get', '/api/admin/records/export', { query: range }), 'records.csv');
  }

  // Audit log
  async audit(filter: DateRange & { action?: AuditAction; centre?: string }): Promise<AuditEntry[]> {
    const list = await this.call(endpoint('get', '/api/admin/audit', { query: filter }));
    return list.items;
  }

  /** Files come as a download, not JSON: fetch them with the token and hand back the bytes. */
  private async download<P extends ApiPath, M extends ApiMethod<P>>(
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
