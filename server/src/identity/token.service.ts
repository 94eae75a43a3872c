import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { deriveKey } from '../common/crypto/keys.js';
import { STAFF_ROLES, type StaffRole } from './principal.js';

export type TokenClaims =
  | { typ: 'woman'; sub: string; exp: number }
  | { typ: 'staff'; sub: string; role: StaffRole; centre: string | null; ver: number; exp: number };

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Compact HS256 JWTs signed with a key derived from APP_SECRET. */
@Injectable()
export class TokenService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = deriveKey(config.appSecret, 'token-signing-v1');
  }

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`)}`;
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): TokenClaims | undefined {
    const [header, payload, signature] = token.split('.');
    if (header !== HEADER || !payload || !signature) {
      return undefined;
    }
    const expected = Buffer.from(this.signature(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return undefined;
    }
    const claims = parseClaims(payload);
    return claims && claims.exp > nowSeconds ? claims : undefined;
  }

  private signature(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }
}

function parseClaims(payload: string): TokenClaims | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof value.sub !== 'string' || typeof value.exp !== 'number') {
      return undefined;
    }
    if (value.typ === 'woman') {
      return { typ: 'woman', sub: value.sub, exp: value.exp };
    }
    if (value.typ === 'staff' && STAFF_ROLES.includes(value.role as StaffRole) && typeof value.ver === 'number') {
      const centre = typeof value.centre === 'string' ? value.centre : null;
      return { typ: 'staff', sub: value.sub, role: value.role as StaffRole, centre, ver: value.ver, exp: value.exp };
    }
  } catch {
    // not JSON: not our token
  }
  return undefined;
}
