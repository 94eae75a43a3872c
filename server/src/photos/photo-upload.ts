import { MAX_PHOTO_BYTES } from './photo.entity.js';

export const UPLOAD_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** The first bytes each accepted format must start with: the declared type has to be the real one. */
const SIGNATURES: Record<UploadContentType, (bytes: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export type UploadProblem = { field: 'dataBase64'; reason: string; tooLarge?: boolean };

/** Checks an uploaded photo: real base64, within the size limit, and of the type it claims. */
export function checkPhotoUpload(contentType: UploadContentType, dataBase64: string): { data: Buffer } | UploadProblem {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) {
    return { field: 'dataBase64', reason: 'must be base64' };
  }
  const data = Buffer.from(dataBase64, 'base64');
  if (data.length === 0) {
    return { field: 'dataBase64', reason: 'is empty' };
  }
  if (data.length > MAX_PHOTO_BYTES) {
    return {
      field: 'dataBase64',
      reason: `is ${Math.ceil(data.length / 1024)} KB; a wall photo may be at most ${MAX_PHOTO_BYTES / 1024} KB`,
      tooLarge: true,
    };
  }
  if (!SIGNATURES[contentType](data)) {
    return { field: 'dataBase64', reason: `is not a ${contentType} image` };
  }
  return { data };
}
