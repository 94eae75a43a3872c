import { decodeSlotId, encodeSlotId } from './slot-id.js';

describe('slot ids', () => {
  const ref = { centreCode: 'jinjiang', date: '2026-12-01', start: '09:00', service: 'legal' as const };

  it('round-trips and looks opaque', () => {
    const id = encodeSlotId(ref);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain('jinjiang');
    expect(decodeSlotId(id)).toEqual(ref);
  });

  it.each([
    ['not base64url', 'abc$%^'],
    ['empty', ''],
    ['another prefix', Buffer.from('s2|jinjiang|2026-12-01|09:00|legal').toString('base64url')],
    ['an impossible date', Buffer.from('s1|jinjiang|2026-02-30|09:00|legal').toString('base64url')],
    ['a bad time', Buffer.from('s1|jinjiang|2026-12-01|9am|legal').toString('base64url')],
    ['an unknown service', Buffer.from('s1|jinjiang|2026-12-01|09:00|tarot').toString('base64url')],
    ['extra parts', Buffer.from('s1|jinjiang|2026-12-01|09:00|legal|x').toString('base64url')],
    ['a strange centre code', Buffer.from("s1|x' OR 1=1|2026-12-01|09:00|legal").toString('base64url')],
  ])('refuses %s', (_label, id) => {
    expect(decodeSlotId(id)).toBeUndefined();
  });
});
