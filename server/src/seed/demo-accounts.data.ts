import type { StaffRole } from '../identity/principal.js';

export interface DemoLogin {
  username: string;
  password: string;
  role: StaffRole;
  centreCode: string | null;
}

/** Demo logins for the embedded database only: one staff account per centre, and a city admin. */
export function demoLogins(centreCodes: string[]): DemoLogin[] {
  return [
    { username: 'admin', password: 'demo-admin-2026', role: 'city_admin', centreCode: null },
    ...centreCodes.map((code) => ({
      username: `staff-${code}`,
      password: `demo-${code}-2026`,
      role: 'staff' as const,
      centreCode: code,
    })),
  ];
}
