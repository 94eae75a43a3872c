import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { StaffMeDto } from './dto/staff-me.dto.js';
import { notSignedIn } from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import type { StaffPrincipal } from './principal.js';
import { WechatAdapter } from './wechat/wechat.adapter.js';

/**
 * A staff member binds her WeChat to her login on the staff pages, so staff notices reach her phone. The openid is
 * kept as a keyed hash (a different key from the women's, so the two can never be joined) and encrypted.
 */
@Injectable()
export class StaffWechatService {
  private readonly identifierKey: Buffer;
  private readonly cipher: FieldCipher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly identities: IdentityRepository,
    private readonly wechat: WechatAdapter,
    private readonly transactions: TransactionRunner,
  ) {
    this.identifierKey = deriveKey(config.appSecret, 'staff-identifier-hashing-v1');
    this.cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));
  }

  async me(staff: StaffPrincipal): Promise<StaffMeDto> {
    const account = await this.identities.findAccountById(staff.accountId);
    if (!account) {
      throw notSignedIn();
    }
    return {
      username: account.username,
      role: account.role,
      centreCode: account.centreCode,
      wechatBound: account.wechatOpenidEncrypted !== null,
    };
  }

  async bind(staff: StaffPrincipal, code: string): Promise<StaffMeDto> {
    const { openid } = await this.wechat.codeToSession(code);
    const binding = {
      wechatOpenidHash: createHmac('sha256', this.identifierKey).update(openid).digest('hex'),
      wechatOpenidEncrypted: this.cipher.encrypt(openid),
    };
    try {
      await this.identities.setAccountWechat(staff.accountId, binding);
    } catch (error) {
      if (this.transactions.uniqueKeyViolated(error) !== undefined) {
        throw new DomainError('WECHAT_ALREADY_BOUND', 'This WeChat account is already bound to another login');
      }
      throw error;
    }
    return this.me(staff);
  }

  async unbind(staff: StaffPrincipal): Promise<StaffMeDto> {
    await this.identities.setAccountWechat(staff.accountId, { wechatOpenidHash: null, wechatOpenidEncrypted: null });
    return this.me(staff);
  }
}
