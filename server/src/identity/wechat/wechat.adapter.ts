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
 * Ask again this long before the token's stated expiry. WeChat's normal mode already hands out the next token in
 * the last 5 minutes and keeps the old one valid meanwhile, so any answer is good for at least its `expires_in`.
 */
const TOKEN_MARGIN_MS = 60 * 1000;

export type SendResult = { ok: true } | { ok: false; retry: boolean; reason: string };

/**
 * The only code that talks to WeChat's servers. `WECHAT_API_BASE` points it elsewhere (tests start a fake WeChat
 * on 127.0.0.1). WeChat's error codes become our own, so callers never see WeChat's numbers.
 */
@Injectable()
export class WechatAdapter {
  private readonly logger = new Logger('wechat');
  private accessToken: { value: string; expiresAt: number } | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Exchanges a `wx.login` code for the user's openid (code2Session). */
  async codeToSession(code: string): Promise<WechatSession> {
    const { apiBase, appId, appSecret } = this.config.wechat;
    if (!appId || !appSecret) {
      throw new DomainError(
        'WECHAT_NOT_CONFIGURED',
        'WeChat login is not set up on this server (WECHAT_APPID / WECHAT_SECRET)',
      );
    }
    const query = new URLSearchParams({
      appid: appId,
      secret: appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    let body: Record<string, unknown>;
    try {
      const response = await fetch(`${apiBase}/sns/jscode2session?${query.toString()}`, {
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
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

  /**
   * Sends one subscribe message (服务通知). A refusal (43101: she did not subscribe, or unsubscribed) is final;
   * other failures may be retried.
   */
  async sendSubscribeMessage(message: {
    openid: string;
    templateId: string;
    page: string;
    data: Record<string, string>;
  }): Promise<SendResult> {
    const { apiBase } = this.config.wechat;
    try {
      const token = await this.getAccessToken();
      const response = await fetch(
        `${apiBase}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            touser: message.openid,
            template_id: message.templateId,
            page: message.page,
            data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
            lang: 'zh_CN',
          }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
      const body = (await response.json()) as { errcode?: number };
      const errcode = body.errcode ?? 0;
      if (errcode === 0) {
        return { ok: true };
      }
      if (errcode === 40001 || errcode === 42001) {
        // Expired or revoked: ask again next time (normal mode: never force a refresh, which would revoke the token
        // every other process holds).
        this.accessToken = undefined;
      }
      return { ok: false, retry: errcode !== 43101 && errcode !== 47003, reason: `wechat:${errcode}` };
    } catch (error) {
      return { ok: false, retry: true, reason: error instanceof DomainError ? error.code : 'unreachable' };
    }
  }

  /**
   * The access token from `stable_token` in its normal mode (force_refresh false): while a token is valid WeChat
   * hands every caller the same one, so several server processes never invalidate each other's tokens (the older
   * `cgi-bin/token` issues a new token on each call and the previous one stops working a few minutes later).
   */
  private async getAccessToken(): Promise<string> {
    if (this.accessToken && this.accessToken.expiresAt > Date.now()) {
      return this.accessToken.value;
    }
    const { apiBase, appId, appSecret } = this.config.wechat;
    if (!appId || !appSecret) {
      throw new DomainError('WECHAT_NOT_CONFIGURED', 'WeChat is not set up on this server');
    }
    const response = await fetch(`${apiBase}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json()) as { access_token?: string; expires_in?: number; errcode?: number };
    if (!body.access_token) {
      this.logger.warn({ msg: 'stable_token refused', errcode: body.errcode ?? response.status });
      throw unavailable();
    }
    this.accessToken = {
      value: body.access_token,
      expiresAt: Date.now() + Math.max(0, (body.expires_in ?? 7200) * 1000 - TOKEN_MARGIN_MS),
    };
    return body.access_token;
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
        throw new DomainError(
          'WECHAT_USER_BLOCKED',
          'WeChat has blocked this account from logging in (high-risk user)',
        );
      case 45011:
        throw new DomainError('WECHAT_RATE_LIMITED', 'Too many login attempts; try again in a minute');
      default:
        throw unavailable();
    }
  }
}

const unavailable = () =>
  new DomainError('WECHAT_UNAVAILABLE', 'WeChat cannot be reached right now; try again shortly');
