import { hkdfSync } from 'node:crypto';

/** Separate keys for separate jobs, all derived from APP_SECRET, so one leaked key does not unlock the others. */
export type KeyPurpose =
  | 'token-signing-v1'
  | 'field-encryption-v1'
  | 'identifier-hashing-v1'
  | 'staff-identifier-hashing-v1';

export function deriveKey(appSecret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'womens-aid-centres', purpose, 32));
}
