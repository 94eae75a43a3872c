import { Injectable } from '@nestjs/common';
import { RecentlyUsed } from '../cache/recently-used.js';
import { Secrets } from '../common/crypto/secrets.js';
import { STAFF_ROLES, type StaffRole } from './principal.js';

export type TokenClaims =
  | { typ: 'woman'; sub: string; via: 'wechat' | 'guest'; org?: string; ver: number; exp: number }
  | { typ: 'staff'; sub: string; role: StaffRole; centre: string | null; ver: number; exp: number };

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Compact HS256 JWTs signed with a key derived from APP_SECRET (or, during a rotation, APP_SECRET_PREVIOUS). */
@Injectable()
export class TokenService {
  /**
   * Claims of tokens this process found genuine lately: a request's token is verified by the limits and again by the
   * sign-in check, and a woman's next request brings the same token. Only signatures that verified get in (what a
   * stranger makes up never does); the secrets are read once at start, so genuine stays genuine; expiry is checked
   * at every use.
   */
  private readonly genuine = new RecentlyUsed<string, TokenClaims>(1024);

  constructor(private readonly secrets: Secrets) {}

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${HEADER}.${payload}.${this.secrets.sign(`${HEADER}.${payload}`)}`;
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): TokenClaims | undefined {
    const claims = this.genuine.get(token) ?? this.verifySignature(token);
    return claims && claims.exp > nowSeconds ? claims : undefined;
  }

  private verifySignature(token: string): TokenClaims | undefined {
    const [header, payload, signature] = token.split('.');
    if (header !== HEADER || !payload || !signature || !this.secrets.verify(`${header}.${payload}`, signature)) {
      return undefined;
    }
    const claims = parseClaims(payload);
    if (claims) {
      this.genuine.set(token, claims);
    }
    return claims;
  }
}

function parseClaims(payload: string): TokenClaims | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof value.sub !== 'string' || typeof value.exp !== 'number') {
      return undefined;
    }
    if (value.typ === 'woman') {
      // Tokens from before `via` and `ver` were guests (WeChat logins renew within two hours) of version 0.
      const via = value.via === 'wechat' ? 'wechat' : 'guest';
      const ver = typeof value.ver === 'number' ? value.ver : 0;
      return typeof value.org === 'string'
        ? { typ: 'woman', sub: value.sub, via, org: value.org, ver, exp: value.exp }
        : { typ: 'woman', sub: value.sub, via, ver, exp: value.exp };
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
