// Generated from the server's OpenAPI document by scripts/gen-shared-types.mjs. Do not edit by hand:
// change the server's DTOs and run `node scripts/gen-shared-types.mjs`.

export type CentreServiceCode = 'hotline' | 'legal' | 'counselling' | 'mediation' | 'relief' | 'anti_domestic_violence' | 'publicity';

export type CentreStatus = 'preparing' | 'open';

export type Profession = 'lawyer' | 'counsellor' | 'mediator' | 'social_worker' | 'liaison' | 'volunteer' | 'coordinator';

export interface CentreSummaryDto {
  code: string;
  name: string;
  area: string;
  address: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
  phone: string;
  status: CentreStatus;
  distanceMeters?: number;
}

export interface CentreListDto {
  items: CentreSummaryDto[];
}

export interface DutyPersonDto {
  id: string;
  displayName: string;
  professions: Profession[];
  bio: string;
  photoUrl: string | null;
}

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

export interface FieldErrorDto {
  field: string;
  reason: string;
}

export interface ErrorResponseDto {
  statusCode: number;
  code: string;
  message: string;
  fields?: FieldErrorDto[];
}

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}
