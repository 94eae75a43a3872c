import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DomainError } from '../../common/errors/domain-error.js';

export interface WechatSession {
  openid: string;
  /** Never leaves this adapter's caller: it is not stored and not sent to the phone. */
  sessionKey: string;
}

const TIMEOUT_MS = 5000;

/**
 * The only code that talks to WeChat's servers. `WECHAT_API_BASE` points it elsewhere (tests start a fake WeChat
 * on 127.0.0.1). WeChat's error codes become our own, so callers never see WeChat's numbers.
 */
@Injectable()
export class WechatAdapter {
  private readonly logger = new Logger('wechat');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Exchanges a `wx.login` code for the user's openid (code2Session). */
  async codeToSession(code: string): Promise<WechatSession> {
    const { apiBase, appId, appSecret } = this.config.wechat;
    if (!appId || !appSecret) {
      throw new DomainError('WECHAT_NOT_CONFIGURED', 'WeChat login is not set up on this server (WECHAT_APPID / WECHAT_SECRET)');
    }
    const query = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    let body: Record<string, unknown>;
    try {
      const response = await fetch(`${apiBase}/sns/jscode2session?${query.toString()}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) {
        this.logger.warn({ msg: 'code2Session HTTP error', status: response.status });
        throw unavailable();
      }
      body = (await response.json()) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof DomainError) {
        throw error;
      }
      this.logger.warn({ msg: 'code2Session unreachable', error: error instanceof Error ? error.name : 'unknown' });
      throw unavailable();
    }
    return this.toSession(body);
  }

  private toSession(body: Record<string, unknown>): WechatSession {
    const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
    if (errcode === 0 && typeof body.openid === 'string' && typeof body.session_key === 'string') {
      return { openid: body.openid, sessionKey: body.session_key };
    }
    this.logger.warn({ msg: 'code2Session refused', errcode });
    switch (errcode) {
      case 40029: // invalid code
      case 40163: // code already used
        throw new DomainError('WECHAT_CODE_INVALID', 'The WeChat login code is invalid or already used; log in again');
      case 40226:
        throw new DomainError('WECHAT_USER_BLOCKED', 'WeChat has blocked this account from logging in (high-risk user)');
      case 45011:
        throw new DomainError('WECHAT_RATE_LIMITED', 'Too many login attempts; try again in a minute');
      default:
        throw unavailable();
    }
  }
}

const unavailable = () => new DomainError('WECHAT_UNAVAILABLE', 'WeChat cannot be reached right now; try again shortly');
