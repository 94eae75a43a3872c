import { notAllowed } from '../identity/identity.errors.js';
import { canSeeCentre, type StaffPrincipal } from '../identity/principal.js';

/** An admin may manage this centre: a city admin any, a centre admin only their own. */
export function assertManagesCentre(admin: StaffPrincipal, centreCode: string): void {
  if (!canSeeCentre(admin, centreCode)) {
    throw notAllowed();
  }
}
