import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Clock } from '../common/clock.js';
import { Secrets } from '../common/crypto/secrets.js';
import { DomainError } from '../common/errors/domain-error.js';
import { invalidField } from '../common/errors/validation.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimits } from '../limits/rate-limits.service.js';
import type { AuthTokenDto, GuestChallengeDto, GuestLoginDto } from './dto/auth.dto.js';
import { loginFailed, notAllowed, notSignedIn } from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { hashForUnknownUser, verifyPassword } from './password.js';
import type { Principal, StaffPrincipal, WomanPrincipal } from './principal.js';
import { leadingZeroBits, proofOfWorkHash } from './proof-of-work.js';
import { TokenService } from './token.service.js';
import { WechatAdapter } from './wechat/wechat.adapter.js';

/** How long a guest-login challenge may take to solve. */
const CHALLENGE_TTL_MS = 5 * 60 * 1000;

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identities: IdentityRepository,
    private readonly tokens: TokenService,
    private readonly wechat: WechatAdapter,
    private readonly secrets: Secrets,
    private readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  /** A woman in the WeChat mini-program: the same WeChat user always maps to the same client. */
  async loginWithWechat(code: string): Promise<AuthTokenDto> {
    const { openid } = await this.wechat.codeToSession(code);
    const openidHash = this.secrets.identifier('identifier-hashing-v1', openid);
    const previousHash = this.secrets.previousIdentifier('identifier-hashing-v1', openid);
    if (previousHash) {
      // Found by the secret before a rotation: from now on by the current one.
      await this.identities.rehashClient(previousHash, openidHash);
    }
    const client = await this.identities.findOrCreateWechatClient({
      id: randomUUID(),
      openidHash,
      openidEncrypted: this.secrets.encrypt(openid),
    });
    return this.womanToken(client.id, { via: 'wechat' }, client.tokenVersion, this.config.tokenTtl.wechatMinutes * 60);
  }

  /**
   * The puzzle an H5 guest login must solve first: a signed, expiring challenge and how many leading zero bits
   * sha256(challenge:nonce) must have. About a second on a phone, and as long for every session a script makes.
   */
  guestChallenge(): GuestChallengeDto {
    const bits = this.config.limits.guestPowBits;
    const expiresAt = this.clock.now().getTime() + CHALLENGE_TTL_MS;
    const body = `${randomBytes(12).toString('base64url')}.${expiresAt}.${bits}`;
    return {
      challenge: `${body}.${this.secrets.sign(`pow:${body}`)}`,
      bits,
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }

  /**
   * A woman in the H5 build: an anonymous session, no account and no phone; her bookings hang on this token. A
   * solved challenge is needed (each used once), and one address may start only so many sessions an hour. The
   * session remembers a keyed hash of the address it came from, so limits on what new sessions may hold apply to
   * all the sessions one script makes.
   */
  async loginAsGuest(address: string, dto: GuestLoginDto): Promise<AuthTokenDto> {
    if (this.config.limits.guestPowBits > 0) {
      await this.checkProofOfWork(dto);
    }
    await this.limits.consume('guestSessions', address);
    const id = randomUUID();
    const origin = this.originOf(address);
    await this.identities.createGuestClient(id, origin);
    return this.womanToken(id, { via: 'guest', origin }, 0, this.config.tokenTtl.guestDays * 24 * 3600);
  }

  /** She ends her session on this phone: the token stops working; what she booked stays with the centre. */
  async logoutWoman(woman: WomanPrincipal): Promise<void> {
    await this.identities.endClientSessions(woman.clientId);
  }

  /**
   * Staff and admins. Each address may try only so often; each account is locked for a while after too many wrong
   * passwords, whatever the address, except from a device it logged in on before (its device token), which has a
   * count of its own, so a stranger's guesses cannot lock the staff out of their own phones.
   */
  async loginStaff(
    username: string,
    password: string,
    address: string,
    deviceToken: string | undefined,
  ): Promise<AuthTokenDto> {
    await this.limits.consume('loginsPerAddress', address);
    const account = await this.identities.findAccountByUsername(username);
    const device = account && deviceToken ? this.knownDevice(account.id, deviceToken) : undefined;
    const failureKey = `${username.toLowerCase()}${device ? `:${device}` : ''}`;
    await this.limits.assertNotBlocked('loginFailures', failureKey);
    const matches = await verifyPassword(password, account?.passwordHash ?? (await hashForUnknownUser()));
    if (!account || !matches || !account.active) {
      await this.limits.consume('loginFailures', failureKey);
      throw loginFailed();
    }
    await this.limits.reset('loginFailures', failureKey);
    const exp = nowSeconds() + this.config.tokenTtl.staffHours * 3600;
    const token = this.tokens.sign({
      typ: 'staff',
      sub: account.id,
      role: account.role,
      centre: account.centreCode,
      ver: account.tokenVersion,
      exp,
    });
    return {
      token,
      role: account.role,
      expiresAt: new Date(exp * 1000).toISOString(),
      centreCode: account.centreCode,
      deviceToken: device && deviceToken ? deviceToken : this.newDeviceToken(account.id),
    };
  }

  async logoutStaff(staff: StaffPrincipal): Promise<void> {
    await this.identities.updateAccount(staff.accountId, {});
  }

  /**
   * Who is calling, from a Bearer token; tokens stop working as soon as her session ends, she is erased, or the staff
   * account is deactivated or reset. With `sessionCheckedByWork`, a woman's session is left to the work she asked for
   * to check (see `WomanPrincipal.sessionChecked`): a booking checks it in its transaction's first statement.
   */
  async authenticate(authorization: string | undefined, options?: { sessionCheckedByWork: true }): Promise<Principal> {
    const token = /^Bearer ([\w.-]+)$/.exec(authorization ?? '')?.[1];
    const claims = token ? this.tokens.verify(token) : undefined;
    if (!claims) {
      throw notSignedIn();
    }
    if (claims.typ === 'woman') {
      const sessionChecked = !options?.sessionCheckedByWork;
      if (sessionChecked && !(await this.identities.clientIsActive(claims.sub, claims.ver))) {
        throw notSignedIn();
      }
      return {
        kind: 'woman',
        clientId: claims.sub,
        via: claims.via,
        origin: claims.org ?? null,
        sessionVersion: claims.ver,
        sessionChecked,
      };
    }
    const account = await this.identities.findAccountById(claims.sub);
    if (!account?.active || account.tokenVersion !== claims.ver) {
      throw notSignedIn();
    }
    return { kind: 'staff', accountId: account.id, role: account.role, centreCode: account.centreCode };
  }

  assertAudience(principal: Principal, audience: 'woman' | 'staff', roles: readonly string[]): void {
    if (
      principal.kind !== audience ||
      (principal.kind === 'staff' && roles.length > 0 && !roles.includes(principal.role))
    ) {
      throw notAllowed();
    }
  }

  /** A keyed hash of the address a guest session came from: enough to count sessions together, not to find her. */
  originOf(address: string): string {
    return this.secrets.identifier('identifier-hashing-v1', `address:${address}`).slice(0, 32);
  }

  private async checkProofOfWork(dto: GuestLoginDto): Promise<void> {
    const parts = (dto.challenge ?? '').split('.');
    const [random, expires, bits, signature] = parts;
    const body = `${random}.${expires}.${bits}`;
    if (parts.length !== 4 || !signature || !this.secrets.verify(`pow:${body}`, signature)) {
      throw invalidField('challenge', 'must be a challenge from GET /api/auth/guest/challenge');
    }
    if (Number(expires) < this.clock.now().getTime()) {
      throw new DomainError('CHALLENGE_EXPIRED', 'The login puzzle has expired; fetch a new one');
    }
    const nonce = dto.nonce ?? '';
    if (leadingZeroBits(proofOfWorkHash(dto.challenge ?? '', nonce)) < Number(bits)) {
      throw invalidField('nonce', 'does not solve the challenge');
    }
    if (!(await this.limits.useOnce(`pow:${random}`, CHALLENGE_TTL_MS))) {
      throw new DomainError('CHALLENGE_USED', 'This login puzzle was already used; fetch a new one');
    }
  }

  private newDeviceToken(accountId: string): string {
    const device = randomBytes(12).toString('base64url');
    return `${device}.${this.secrets.sign(`device:${accountId}:${device}`)}`;
  }

  /** The device id of a genuine device token of this account, else undefined (treated as a new device). */
  private knownDevice(accountId: string, deviceToken: string): string | undefined {
    const [device, signature, ...rest] = deviceToken.split('.');
    const genuine = device && signature && rest.length === 0;
    return genuine && this.secrets.verify(`device:${accountId}:${device}`, signature) ? device : undefined;
  }

  private womanToken(
    clientId: string,
    session: { via: 'wechat' } | { via: 'guest'; origin: string },
    ver: number,
    ttlSeconds: number,
  ): AuthTokenDto {
    const exp = nowSeconds() + ttlSeconds;
    const origin = session.via === 'guest' ? { org: session.origin } : {};
    return {
      token: this.tokens.sign({ typ: 'woman', sub: clientId, via: session.via, ...origin, ver, exp }),
      role: 'woman',
      expiresAt: new Date(exp * 1000).toISOString(),
      centreCode: null,
      deviceToken: null,
    };
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
