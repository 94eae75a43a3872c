import { checkPhotoUpload } from './photo-upload.js';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);

describe('checkPhotoUpload', () => {
  it('accepts a real image of the declared type', () => {
    expect(checkPhotoUpload('image/png', png.toString('base64'))).toEqual({ data: png });
    expect(checkPhotoUpload('image/jpeg', jpeg.toString('base64'))).toEqual({ data: jpeg });
  });

  it('refuses a type that does not match the bytes (e.g. an SVG or HTML called a PNG)', () => {
    expect(checkPhotoUpload('image/png', jpeg.toString('base64'))).toMatchObject({ field: 'dataBase64' });
    expect(checkPhotoUpload('image/png', Buffer.from('<svg onload=alert(1)>').toString('base64'))).toMatchObject({
      field: 'dataBase64',
    });
  });

  it('refuses what is not base64, empty, or too large', () => {
    expect(checkPhotoUpload('image/png', 'not base64!')).toMatchObject({ reason: 'must be base64' });
    expect(checkPhotoUpload('image/png', '')).toMatchObject({ reason: 'is empty' });
    const big = Buffer.concat([png, Buffer.alloc(61 * 1024)]);
    expect(checkPhotoUpload('image/png', big.toString('base64'))).toMatchObject({ tooLarge: true });
  });
});
