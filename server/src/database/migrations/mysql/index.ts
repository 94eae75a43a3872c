// Maintained by src/database/cli/generate-migration.ts: every migration of this dialect, oldest first.
import { Initial1795915155702 } from './1795915155702-Initial.js';
import { BookingEngine1795915823548 } from './1795915823548-BookingEngine.js';
import { Waitlist1795916783822 } from './1795916783822-Waitlist.js';
import { ConsultationRecords1795917083315 } from './1795917083315-ConsultationRecords.js';
import { AdminConsole1795917485123 } from './1795917485123-AdminConsole.js';
import { PrivacyErasure1795919679421 } from './1795919679421-PrivacyErasure.js';
import { CachesAndNearestCentres1796150150872 } from './1796150150872-CachesAndNearestCentres.js';
import { JobsAndPersonGuard1796151194621 } from './1796151194621-JobsAndPersonGuard.js';
import { StaffNoticesAndCalendar1796152665771 } from './1796152665771-StaffNoticesAndCalendar.js';
import { OpenDoorHardening1796157868891 } from './1796157868891-OpenDoorHardening.js';
import { DemoSeedMarker1796162173195 } from './1796162173195-DemoSeedMarker.js';
import { ShortCodes1796162428875 } from './1796162428875-ShortCodes.js';
import { DropUnusedCentrePositionIndex1796195918402 } from './1796195918402-DropUnusedCentrePositionIndex.js';

export const MYSQL_MIGRATIONS = [
  Initial1795915155702,
  BookingEngine1795915823548,
  Waitlist1795916783822,
  ConsultationRecords1795917083315,
  AdminConsole1795917485123,
  PrivacyErasure1795919679421,
  CachesAndNearestCentres1796150150872,
  JobsAndPersonGuard1796151194621,
  StaffNoticesAndCalendar1796152665771,
  OpenDoorHardening1796157868891,
  DemoSeedMarker1796162173195,
  ShortCodes1796162428875,
  DropUnusedCentrePositionIndex1796195918402,
];
