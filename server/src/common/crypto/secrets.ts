import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { FieldCipher } from './field-cipher.js';
import { deriveKey } from './keys.js';

/** What a keyed hash finds her (or a staff member's WeChat) again by; each purpose its own key, never joinable. */
export type IdentifierPurpose = 'identifier-hashing-v1' | 'staff-identifier-hashing-v1';

interface KeySet {
  cipher: FieldCipher;
  signing: Buffer;
  identifiers: Record<IdentifierPurpose, Buffer>;
}

function keySet(secret: string): KeySet {
  return {
    cipher: new FieldCipher(deriveKey(secret, 'field-encryption-v1')),
    signing: deriveKey(secret, 'token-signing-v1'),
    identifiers: {
      'identifier-hashing-v1': deriveKey(secret, 'identifier-hashing-v1'),
      'staff-identifier-hashing-v1': deriveKey(secret, 'staff-identifier-hashing-v1'),
    },
  };
}

/**
 * Every key derived from APP_SECRET, in one place. During a rotation APP_SECRET_PREVIOUS keeps what the old secret
 * made readable: fields it encrypted decrypt, tokens it signed verify, identifiers it hashed are found; everything
 * new uses the current secret, and `cli/rotate-secret` rewrites what is stored until nothing needs the old one.
 */
@Injectable()
export class Secrets {
  private readonly current: KeySet;
  private readonly previous: KeySet | undefined;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'appSecret' | 'appSecretPrevious'>) {
    this.current = keySet(config.appSecret);
    this.previous = config.appSecretPrevious ? keySet(config.appSecretPrevious) : undefined;
  }

  encrypt(plain: string): string {
    return this.current.cipher.encrypt(plain);
  }

  /** Reads a field sealed with the current secret or, during a rotation, the previous one. */
  decrypt(sealed: string): string {
    try {
      return this.current.cipher.decrypt(sealed);
    } catch (error) {
      if (!this.previous) {
        throw error;
      }
      return this.previous.cipher.decrypt(sealed);
    }
  }

  decryptOrNull(sealed: string | null): string | null {
    return sealed === null ? null : this.decrypt(sealed);
  }

  /** Whether a sealed field still needs re-encrypting under the current secret. */
  sealedWithCurrent(sealed: string): boolean {
    try {
      this.current.cipher.decrypt(sealed);
      return true;
    } catch {
      return false;
    }
  }

  identifier(purpose: IdentifierPurpose, value: string): string {
    return hash(this.current.identifiers[purpose], value);
  }

  /** The identifier under the previous secret, to find what was stored before a rotation (undefined without one). */
  previousIdentifier(purpose: IdentifierPurpose, value: string): string | undefined {
    return this.previous ? hash(this.previous.identifiers[purpose], value) : undefined;
  }

  sign(input: string): string {
    return createHmac('sha256', this.current.signing).update(input).digest('base64url');
  }

  /** True when the signature was made with the current secret or, during a rotation, the previous one. */
  verify(input: string, signature: string): boolean {
    return [this.current, this.previous].some((keys) => {
      if (!keys) {
        return false;
      }
      const expected = Buffer.from(createHmac('sha256', keys.signing).update(input).digest('base64url'));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
  }
}

function hash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}
