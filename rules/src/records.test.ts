import { CENTRE_AREAS, OUTSIDE_AREAS } from './centres.js';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  OUTSIDE_AREA_LABELS,
  PROFESSION_LABELS,
  PROFESSIONS,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  RECORD_SERVICE_LABELS,
  RECORD_SERVICES,
  REFERRAL_LABELS,
  REFERRALS,
} from './records.js';

describe('the names of the record codes', () => {
  it.each([
    ['channels', RECORD_CHANNELS, CHANNEL_LABELS],
    ['categories', RECORD_CATEGORIES, CATEGORY_LABELS],
    ['services', RECORD_SERVICES, RECORD_SERVICE_LABELS],
    ['referrals', REFERRALS, REFERRAL_LABELS],
    ['age bands', AGE_BANDS, AGE_BAND_LABELS],
    ['professions', PROFESSIONS, PROFESSION_LABELS],
    ['areas outside', OUTSIDE_AREAS, OUTSIDE_AREA_LABELS],
  ] as [string, readonly string[], Record<string, string>][])(
    'names every one of the %s, each differently',
    (_, codes, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      expect(new Set(Object.values(labels)).size).toBe(codes.length);
    },
  );

  it('calls "not known" the same for her age and where she lives', () => {
    expect(AGE_BAND_LABELS.unknown).toBe(OUTSIDE_AREA_LABELS.unknown);
  });

  it('never gives an area outside the same name as a centre area', () => {
    const centreNames = new Set<string>(Object.values(CENTRE_AREAS));
    expect(Object.values(OUTSIDE_AREA_LABELS).filter((label) => centreNames.has(label))).toEqual([]);
  });
});
