// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:
// change the server's DTOs and regenerate. A server test fails when this file and the API drift apart.

export interface CentreDetailDto {
  code: string;
  name: string;
  area: string;
  address: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
  phone: string;
  status: CentreStatus;
  services: CentreServiceCode[];
  openingHours: string;
  workRules: string[];
  serviceScope: string[];
  dutyPeople: DutyPersonDto[];
}

export interface CentreListDto {
  items: CentreSummaryDto[];
}

export type CentreServiceCode = 'hotline' | 'legal' | 'counselling' | 'mediation' | 'relief' | 'anti_domestic_violence' | 'publicity';

export type CentreStatus = 'preparing' | 'open';

export interface CentreSummaryDto {
  code: string;
  name: string;
  area: string;
  address: string;
  /** GCJ-02 latitude */
  latitude: number;
  /** GCJ-02 longitude */
  longitude: number;
  /** True when the position is the area seat, not the centre itself */
  approximate: boolean;
  phone: string;
  status: CentreStatus;
  /** Metres from the given position; only when lat/lng were given */
  distanceMeters?: number;
}

export interface DutyPersonDto {
  id: string;
  displayName: string;
  professions: Profession[];
  bio: string;
  /** Server path of the photo, e.g. /api/photos/<id> */
  photoUrl: string | null;
}

export type ErrorCode = 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CENTRE_NOT_FOUND' | 'PHOTO_NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL' | 'SERVICE_UNAVAILABLE';

export interface ErrorResponseDto {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fields?: FieldErrorDto[];
}

export interface FieldErrorDto {
  /** Path of the offending input, e.g. `lat` or `windows.0.from` */
  field: string;
  /** Why it was refused, in plain words */
  reason: string;
}

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

export type Profession = 'lawyer' | 'counsellor' | 'mediator' | 'social_worker' | 'liaison' | 'volunteer' | 'coordinator';
