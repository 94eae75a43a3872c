import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { SendResult } from '../identity/wechat/wechat.adapter.js';

const TIMEOUT_MS = 5000;
/** WeCom cuts a text message at 2048 bytes; ours are one line, far shorter. */
const MAX_TEXT_BYTES = 2048;

/**
 * The only code that talks to WeCom (企业微信): a centre's group robot (群机器人) webhook. `WECOM_API_BASE` points it
 * elsewhere (tests run a fake on 127.0.0.1). The robot's key is the whole credential, so it is never logged.
 */
@Injectable()
export class WecomAdapter {
  private readonly logger = new Logger('wecom');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async sendText(robotKey: string, content: string): Promise<SendResult> {
    const text = Buffer.from(content).subarray(0, MAX_TEXT_BYTES).toString('utf8');
    try {
      const response = await fetch(
        `${this.config.wecom.apiBase}/cgi-bin/webhook/send?key=${encodeURIComponent(robotKey)}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
      const body = (await response.json()) as { errcode?: number };
      const errcode = body.errcode ?? -1;
      if (errcode === 0) {
        return { ok: true };
      }
      this.logger.warn({ msg: 'group robot refused', errcode });
      // 93000: the webhook no longer exists (robot removed): retrying cannot help. 45009: too many (20 a minute).
      return { ok: false, retry: errcode !== 93000, reason: `wecom:${errcode}` };
    } catch (error) {
      this.logger.warn({ msg: 'group robot unreachable', error: error instanceof Error ? error.name : 'unknown' });
      return { ok: false, retry: true, reason: 'unreachable' };
    }
  }
}

const WEBHOOK = /^https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=([0-9a-zA-Z-]{16,64})$/;
const BARE_KEY = /^[0-9a-zA-Z-]{16,64}$/;

/** The robot key from what an admin pastes: the webhook address WeCom shows, or the key alone. */
export function robotKeyFrom(input: string): string | undefined {
  const trimmed = input.trim();
  return WEBHOOK.exec(trimmed)?.[1] ?? (BARE_KEY.test(trimmed) ? trimmed : undefined);
}

/** Enough of a key to recognise it in the console, never enough to use it. */
export function maskRobotKey(key: string): string {
  return `${key.slice(0, 4)}…${key.slice(-4)}`;
}
