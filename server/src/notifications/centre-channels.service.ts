import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import { DomainError } from '../common/errors/domain-error.js';
import { invalidField } from '../common/errors/validation.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { StaffPrincipal } from '../identity/principal.js';
import type { PutWecomRobotDto, WecomRobotDto, WecomTestResultDto } from './dto/centre-channel.dto.js';
import { NotificationsRepository } from './notifications.repository.js';
import { maskRobotKey, robotKeyFrom, WecomAdapter } from './wecom.adapter.js';

/** A centre's WeCom group robot, set by its centre admin (or a city admin); the key never leaves the server. */
@Injectable()
export class CentreChannelsService {
  private readonly cipher: FieldCipher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly wecom: WecomAdapter,
    private readonly audit: AuditService,
  ) {
    this.cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));
  }

  async get(admin: StaffPrincipal, centreCode: string): Promise<WecomRobotDto> {
    await this.assertCentre(admin, centreCode);
    return this.view(centreCode, await this.robotKey(centreCode));
  }

  async set(admin: StaffPrincipal, centreCode: string, dto: PutWecomRobotDto): Promise<WecomRobotDto> {
    await this.assertCentre(admin, centreCode);
    const key = robotKeyFrom(dto.webhook);
    if (!key) {
      throw invalidField(
        'webhook',
        'must be a WeCom group robot address (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…)',
      );
    }
    await this.notifications.saveChannel(centreCode, this.cipher.encrypt(key));
    await this.audit.record(admin, 'centre.change', { type: 'centre-channel', id: centreCode, centreCode });
    return this.view(centreCode, key);
  }

  async remove(admin: StaffPrincipal, centreCode: string): Promise<void> {
    await this.assertCentre(admin, centreCode);
    await this.notifications.saveChannel(centreCode, null);
    await this.audit.record(admin, 'centre.change', { type: 'centre-channel', id: centreCode, centreCode });
  }

  /** Sends a neutral test line at once, so the admin sees the robot works before relying on it. */
  async test(admin: StaffPrincipal, centreCode: string): Promise<WecomTestResultDto> {
    await this.assertCentre(admin, centreCode);
    const key = await this.robotKey(centreCode);
    if (!key) {
      throw new DomainError('NOT_FOUND', 'This centre has no WeCom group robot yet');
    }
    const centreName = (await this.notifications.findCentreName(centreCode)) ?? centreCode;
    const result = await this.wecom.sendText(key, `${centreName}：工作提醒测试，收到即表示设置成功`);
    return { sent: result.ok, problem: result.ok ? null : result.reason };
  }

  private async robotKey(centreCode: string): Promise<string | undefined> {
    const channel = await this.notifications.findChannel(centreCode);
    return channel?.wecomKeyEncrypted ? this.cipher.decrypt(channel.wecomKeyEncrypted) : undefined;
  }

  private view(centreCode: string, key: string | undefined): WecomRobotDto {
    return { centreCode, configured: key !== undefined, keyHint: key ? maskRobotKey(key) : null };
  }

  private async assertCentre(admin: StaffPrincipal, centreCode: string): Promise<void> {
    assertManagesCentre(admin, centreCode);
    if (!(await this.notifications.findCentreName(centreCode))) {
      throw centreNotFound(centreCode);
    }
  }
}
