import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import type { AuthTokenDto } from './dto/auth.dto.js';
import { loginFailed, notAllowed, notSignedIn } from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { hashForUnknownUser, verifyPassword } from './password.js';
import type { Principal, StaffPrincipal } from './principal.js';
import { TokenService } from './token.service.js';
import { WechatAdapter } from './wechat/wechat.adapter.js';

@Injectable()
export class AuthService {
  private readonly identifierKey: Buffer;
  private readonly cipher: FieldCipher;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identities: IdentityRepository,
    private readonly tokens: TokenService,
    private readonly wechat: WechatAdapter,
  ) {
    this.identifierKey = deriveKey(config.appSecret, 'identifier-hashing-v1');
    this.cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));
  }

  /** A woman in the WeChat mini-program: the same WeChat user always maps to the same client. */
  async loginWithWechat(code: string): Promise<AuthTokenDto> {
    const { openid } = await this.wechat.codeToSession(code);
    const client = await this.identities.findOrCreateWechatClient({
      id: randomUUID(),
      openidHash: createHmac('sha256', this.identifierKey).update(openid).digest('hex'),
      openidEncrypted: this.cipher.encrypt(openid),
    });
    return this.womanToken(client.id, this.config.tokenTtl.wechatMinutes * 60);
  }

  /** A woman in the H5 build: an anonymous session, no account and no phone; her bookings hang on this token. */
  async loginAsGuest(): Promise<AuthTokenDto> {
    const id = randomUUID();
    await this.identities.createGuestClient(id);
    return this.womanToken(id, this.config.tokenTtl.guestDays * 24 * 3600);
  }

  async loginStaff(username: string, password: string): Promise<AuthTokenDto> {
    const account = await this.identities.findAccountByUsername(username);
    const matches = await verifyPassword(password, account?.passwordHash ?? (await hashForUnknownUser()));
    if (!account || !matches || !account.active) {
      throw loginFailed();
    }
    const exp = nowSeconds() + this.config.tokenTtl.staffHours * 3600;
    const token = this.tokens.sign({
      typ: 'staff',
      sub: account.id,
      role: account.role,
      centre: account.centreCode,
      ver: account.tokenVersion,
      exp,
    });
    return { token, role: account.role, expiresAt: new Date(exp * 1000).toISOString(), centreCode: account.centreCode };
  }

  async logoutStaff(staff: StaffPrincipal): Promise<void> {
    await this.identities.updateAccount(staff.accountId, {});
  }

  /** Who is calling, from a Bearer token; staff tokens stop working as soon as the account is deactivated or reset. */
  async authenticate(authorization: string | undefined): Promise<Principal> {
    const token = /^Bearer ([\w.-]+)$/.exec(authorization ?? '')?.[1];
    const claims = token ? this.tokens.verify(token) : undefined;
    if (!claims) {
      throw notSignedIn();
    }
    if (claims.typ === 'woman') {
      if (!(await this.identities.clientIsActive(claims.sub))) {
        throw notSignedIn();
      }
      return { kind: 'woman', clientId: claims.sub };
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

  private womanToken(clientId: string, ttlSeconds: number): AuthTokenDto {
    const exp = nowSeconds() + ttlSeconds;
    return {
      token: this.tokens.sign({ typ: 'woman', sub: clientId, exp }),
      role: 'woman',
      expiresAt: new Date(exp * 1000).toISOString(),
      centreCode: null,
    };
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
