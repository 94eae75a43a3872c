import type { WecomTestResultDto } from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import { ActionOutcome, Field, LoadState, Notice } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { deleteWecomRobot, getWecomRobot, putWecomRobot, testWecomRobot } from '../../../services/admin-api.generated';

/**
 * The centre's 企业微信 group robot: staff notices (a new booking, a call-back request, an accepted place) also go to
 * the group. The webhook address is pasted from WeCom (群设置 → 群机器人); afterwards only a hint of the key shows.
 */
export function WecomRobot({ centre }: { centre: string }) {
  const { api } = useAdmin();
  const loaded = useLoad(() => getWecomRobot(api, centre), [api, centre]);
  const [webhook, setWebhook] = useState('');
  const [test, setTest] = useState<WecomTestResultDto>();
  const action = useAction();

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTest(undefined);
    void action
      .run(
        () => putWecomRobot(api, centre, { webhook: webhook.trim() }),
        '已保存，工作人员提醒会同时发到这个企业微信群。',
      )
      .then((ok) => {
        if (ok) {
          setWebhook('');
          loaded.reload();
        }
      });
  };
  const remove = () => {
    setTest(undefined);
    void action.run(() => deleteWecomRobot(api, centre), '已停止发到企业微信群。').then((ok) => ok && loaded.reload());
  };
  const sendTest = () => {
    setTest(undefined);
    void action.run(async () => setTest(await testWecomRobot(api, centre)));
  };

  return (
    <form className="admin-card admin-form" onSubmit={save} data-testid="wecom-form" aria-labelledby="wecom-heading">
      <h3 id="wecom-heading" className="admin-subtitle">
        企业微信群提醒
      </h3>
      <p className="admin-muted">
        有新的预约、回电请求或候补接受时，除了工作人员页面，也发一条提醒到中心的企业微信群（只写中心、服务、日期时间和“待确认”，不含任何个人信息）。
        在企业微信群里添加“群机器人”，复制它的 Webhook 地址粘贴到这里。
      </p>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      {loaded.data ? (
        <Notice testId="wecom-state">
          {loaded.data.configured
            ? `已设置（密钥 ${loaded.data.keyHint ?? ''}）`
            : '还没有设置，提醒只在工作人员页面显示。'}
        </Notice>
      ) : null}
      <Field label="群机器人 Webhook 地址" hint="形如 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" wide>
        <input
          className="admin-input"
          value={webhook}
          onChange={(event) => setWebhook(event.target.value)}
          autoComplete="off"
          maxLength={300}
          required
          data-testid="wecom-webhook"
        />
      </Field>
      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy || !webhook.trim()}
          data-testid="wecom-save"
        >
          保存
        </button>
        {loaded.data?.configured ? (
          <>
            <button
              type="button"
              className="admin-button"
              onClick={sendTest}
              disabled={action.busy}
              data-testid="wecom-test"
            >
              发一条测试消息
            </button>
            <button
              type="button"
              className="admin-button"
              onClick={remove}
              disabled={action.busy}
              data-testid="wecom-remove"
            >
              停止发到群
            </button>
          </>
        ) : null}
      </div>
      {test ? (
        <Notice tone={test.sent ? 'success' : 'error'} testId="wecom-test-result">
          {test.sent
            ? '测试消息已发出，请在群里查看。'
            : `企业微信没有接收（${test.problem ?? '原因不明'}），请检查 Webhook 地址。`}
        </Notice>
      ) : null}
      <ActionOutcome action={action} testId="wecom-action" />
    </form>
  );
}
