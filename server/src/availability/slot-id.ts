import { BOOKABLE_SERVICES, type BookableService, isClockTime, isIsoDate } from '@wac/rules';

export interface SlotRef {
  centreCode: string;
  date: string;
  start: string;
  service: BookableService;
}

const PREFIX = 's1';

/**
 * Slot ids are opaque to clients (they never build instants themselves), and carry everything the server needs to
 * check the slot again. They are not secrets: every booking re-checks the slot.
 */
export function encodeSlotId(ref: SlotRef): string {
  return Buffer.from([PREFIX, ref.centreCode, ref.date, ref.start, ref.service].join('|'), 'utf8').toString(
    'base64url',
  );
}

export function decodeSlotId(slotId: string): SlotRef | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(slotId)) {
    return undefined;
  }
  const [prefix, centreCode = '', date = '', start = '', service, ...rest] = Buffer.from(slotId, 'base64url')
    .toString('utf8')
    .split('|');
  const valid =
    prefix === PREFIX &&
    rest.length === 0 &&
    /^[a-z]{2,32}$/.test(centreCode) &&
    isIsoDate(date) &&
    isClockTime(start) &&
    BOOKABLE_SERVICES.includes(service as BookableService);
  return valid ? { centreCode, date, start, service: service as BookableService } : undefined;
}
