import type { RecordDto } from '@wac/shared-types';
import { SENDABLE_RECORD_KEYS, staffRecord } from '../testing/fixtures';
import {
  dateChoices,
  draftFromRecord,
  newDraft,
  NOTE_ERRORS,
  NOTE_WARNINGS,
  noteProblem,
  noteWarnings,
  RECORD_ERRORS,
  serverFieldErrors,
  toCreateRecord,
  toggleReferral,
  toRecordFields,
  validateRecord,
  type RecordDraft,
} from './record';

const TODAY = '2026-12-01';
const context = { today: TODAY, needsCentre: false };

function completeDraft(overrides: Partial<RecordDraft> = {}): RecordDraft {
  return {
    ...newDraft({ today: TODAY, centreCode: 'huian', profession: 'lawyer' }),
    category: 'domestic_violence',
    services: ['legal_advice'],
    ageBand: '30_39',
    ...overrides,
  };
}

describe('a new record', () => {
  it('starts with sensible defaults: today, walk-in, nobody referred, no follow-up, 30 minutes, her area = the centre', () => {
    const draft = newDraft({ today: TODAY, centreCode: 'huian' });
    expect(draft).toMatchObject({
      date: TODAY,
      channel: 'walk_in',
      referrals: ['none'],
      followUpNeeded: false,
      durationMinutes: 30,
      area: 'huian',
      mandatoryReport: false,
      note: '',
    });
  });

  it('asks what cannot be guessed: category, services, age band, and the helper profession when none is remembered', () => {
    expect(validateRecord(newDraft({ today: TODAY, centreCode: 'huian' }), context)).toEqual({
      category: RECORD_ERRORS.category,
      services: RECORD_ERRORS.services,
      helperProfession: RECORD_ERRORS.helperProfession,
      ageBand: RECORD_ERRORS.ageBand,
    });
  });

  it('pre-selects the profession chosen last time on this phone', () => {
    expect(newDraft({ today: TODAY, centreCode: 'huian', profession: 'counsellor' }).helperProfession).toBe(
      'counsellor',
    );
  });

  it('from a booking: channel booking, the booked service, and the day of the booking', () => {
    const draft = newDraft({
      today: TODAY,
      centreCode: 'huian',
      source: { kind: 'booking', bookingId: 'b1' },
      date: '2026-11-30',
      service: 'counselling',
    });
    expect(draft).toMatchObject({ channel: 'booking', services: ['counselling'], date: '2026-11-30' });
  });

  it('from a booking still in the future (completed early): dated today, never in the future', () => {
    expect(
      newDraft({ today: TODAY, centreCode: 'huian', source: { kind: 'booking', bookingId: 'b1' }, date: '2026-12-03' })
        .date,
    ).toBe(TODAY);
  });

  it('from a call-back: channel callback', () => {
    expect(
      newDraft({ today: TODAY, centreCode: 'huian', source: { kind: 'callback', callbackId: 'c1' } }).channel,
    ).toBe('callback');
  });
});

describe('checking a record before sending', () => {
  it('accepts a complete record', () => {
    expect(validateRecord(completeDraft(), context)).toEqual({});
  });

  it('refuses a future date and one older than 90 days', () => {
    expect(validateRecord(completeDraft({ date: '2026-12-02' }), context).date).toBe(RECORD_ERRORS.dateFuture);
    expect(validateRecord(completeDraft({ date: '2026-09-01' }), context).date).toBe(RECORD_ERRORS.datePast);
    expect(validateRecord(completeDraft({ date: '2026-09-02' }), context).date).toBeUndefined();
  });

  it('needs at least one referral answer, and "none" alone', () => {
    expect(validateRecord(completeDraft({ referrals: [] }), context).referrals).toBe(RECORD_ERRORS.referrals);
    expect(validateRecord(completeDraft({ referrals: ['none', 'police'] }), context).referrals).toBe(
      RECORD_ERRORS.referralsNoneAlone,
    );
  });

  it('keeps the duration within 1–480 whole minutes', () => {
    expect(validateRecord(completeDraft({ durationMinutes: 0 }), context).durationMinutes).toBe(RECORD_ERRORS.duration);
    expect(validateRecord(completeDraft({ durationMinutes: 481 }), context).durationMinutes).toBe(
      RECORD_ERRORS.duration,
    );
    expect(validateRecord(completeDraft({ durationMinutes: 480 }), context).durationMinutes).toBeUndefined();
  });

  it('takes only a centre area, outside Quanzhou, or unknown as where she lives', () => {
    expect(validateRecord(completeDraft({ area: 'Main Street 5' }), context).area).toBe(RECORD_ERRORS.area);
    expect(validateRecord(completeDraft({ area: 'outside_quanzhou' }), context).area).toBeUndefined();
    expect(validateRecord(completeDraft({ area: 'unknown' }), context).area).toBeUndefined();
  });

  it('asks a city admin which centre the record is for', () => {
    expect(validateRecord(completeDraft({ centreCode: null }), { today: TODAY, needsCentre: true }).centreCode).toBe(
      RECORD_ERRORS.centreCode,
    );
    expect(
      validateRecord(completeDraft({ centreCode: 'shishi' }), { today: TODAY, needsCentre: true }).centreCode,
    ).toBeUndefined();
  });
});

describe('the note: no names, numbers or addresses', () => {
  it.each([
    ['她的电话 138 0000 5678', NOTE_ERRORS.longNumber],
    ['身份证 350521199001011234', NOTE_ERRORS.longNumber],
    ['邮箱 someone@example.com', NOTE_ERRORS.email],
    ['加了微信号 abc', NOTE_ERRORS.wechat],
    ['wxid_abc123', NOTE_ERRORS.wechat],
    ['家住城东', NOTE_ERRORS.identity],
    ['记下了她的手机号', NOTE_ERRORS.identity],
  ])('refuses "%s"', (note, message) => {
    expect(noteProblem(note)).toBe(message);
    expect(validateRecord(completeDraft({ note }), context).note).toBe(message);
  });

  it('refuses more than 100 characters', () => {
    expect(noteProblem('好'.repeat(101))).toBe(NOTE_ERRORS.tooLong);
    expect(noteProblem('好'.repeat(100))).toBeUndefined();
  });

  it('lets plain notes through, dates and short numbers included', () => {
    expect(noteProblem('已讲解离婚财产分割，建议 12月3号 带材料再来，约 2 次')).toBeUndefined();
    expect(noteWarnings('已讲解离婚财产分割，建议 12月3号 带材料再来')).toEqual([]);
  });

  it('warns (without refusing) about what looks like a name or an address', () => {
    expect(noteWarnings('当事人姓陈，名叫小红')).toEqual([NOTE_WARNINGS.name]);
    expect(noteWarnings('陈女士来访')).toEqual([NOTE_WARNINGS.name]);
    expect(noteWarnings('住在阳光小区 3栋')).toEqual([NOTE_WARNINGS.address]);
    expect(noteProblem('当事人姓陈')).toBeUndefined();
  });

  it('does not warn about everyday words: her husband, a house as property', () => {
    expect(noteWarnings('她先生不同意离婚，争议一栋房子')).toEqual([]);
  });
});

describe('what is sent', () => {
  it('holds only coded fields and the checked note, whatever else the form object carries', () => {
    const draft = {
      ...completeDraft({ note: '  建议下周再来  ' }),
      name: '陈小红',
      phone: '13800005678',
    } as RecordDraft;
    const sent = toCreateRecord(draft, { needsCentre: false, source: { kind: 'booking', bookingId: 'b1' } });

    expect(Object.keys(sent).every((key) => SENDABLE_RECORD_KEYS.includes(key))).toBe(true);
    expect(sent).not.toHaveProperty('name');
    expect(sent).not.toHaveProperty('phone');
    expect(sent).not.toHaveProperty('centreCode');
    expect(sent.note).toBe('建议下周再来');
    expect(sent.fromBookingId).toBe('b1');
    expect(JSON.stringify(sent)).not.toMatch(/陈小红|13800005678/);
  });

  it('leaves an empty note out', () => {
    expect(toRecordFields(completeDraft({ note: '   ' }))).not.toHaveProperty('note');
  });

  it('names the centre only for a city admin, and the call-back it is for', () => {
    const sent = toCreateRecord(completeDraft({ centreCode: 'shishi' }), {
      needsCentre: true,
      source: { kind: 'callback', callbackId: 'c9' },
    });
    expect(sent).toMatchObject({ centreCode: 'shishi', fromCallbackId: 'c9' });
    expect(sent).not.toHaveProperty('fromBookingId');
  });

  it('puts a stored record back into the form unchanged (edit / correct)', () => {
    const record: RecordDto = staffRecord({ note: '建议再来', referrals: ['police', 'social_work'] });
    expect(toRecordFields(draftFromRecord(record))).toEqual({
      date: record.date,
      channel: record.channel,
      category: record.category,
      services: record.services,
      referrals: ['police', 'social_work'],
      followUpNeeded: false,
      durationMinutes: 30,
      helperProfession: 'lawyer',
      ageBand: '30_39',
      area: 'huian',
      mandatoryReport: false,
      note: '建议再来',
    });
  });
});

describe('choices', () => {
  it('"none" stands alone among referrals', () => {
    expect(toggleReferral(['none'], 'police')).toEqual(['police']);
    expect(toggleReferral(['police', 'court'], 'none')).toEqual(['none']);
    expect(toggleReferral(['police'], 'police')).toEqual([]);
  });

  it('offers the last seven days, and keeps an older record date as a choice', () => {
    expect(dateChoices(TODAY)).toEqual([
      '2026-12-01',
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
    ]);
    expect(dateChoices(TODAY, '2026-10-10')).toContain('2026-10-10');
  });
});

describe("the server's refusals, next to the fields", () => {
  it('maps the fields it names, in Chinese', () => {
    const { errors, other } = serverFieldErrors([
      { field: 'note', reason: 'must not contain a phone number, ID number or other long number' },
      { field: 'referrals', reason: '"none" cannot be combined with a referral' },
      { field: 'services.0', reason: 'each must be one of legal_advice, counselling' },
    ]);
    expect(errors).toEqual({
      note: NOTE_ERRORS.longNumber,
      referrals: RECORD_ERRORS.referralsNoneAlone,
      services: RECORD_ERRORS.services,
    });
    expect(other).toBe(false);
  });

  it('maps the note reasons one by one', () => {
    expect(serverFieldErrors([{ field: 'note', reason: 'must not contain an e-mail address' }]).errors.note).toBe(
      NOTE_ERRORS.email,
    );
    expect(serverFieldErrors([{ field: 'note', reason: 'must not contain a WeChat id' }]).errors.note).toBe(
      NOTE_ERRORS.wechat,
    );
    expect(
      serverFieldErrors([{ field: 'note', reason: 'must not contain identity numbers, phone numbers or addresses' }])
        .errors.note,
    ).toBe(NOTE_ERRORS.identity);
  });

  it('says so when a refused field is not on the form', () => {
    expect(serverFieldErrors([{ field: 'fromBookingId', reason: 'must be a UUID' }]).other).toBe(true);
  });
});
