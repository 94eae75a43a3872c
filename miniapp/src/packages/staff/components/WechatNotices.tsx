import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { StaffMeDto } from '@wac/shared-types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { Notice } from '../../../components/Notice';
import { ApiError } from '../../../services/api';
import { staff } from '../../../services/staff-api';
import { deleteStaffWechat, getStaffMe, putStaffWechat } from '../../../services/staff-api.generated';

export const WECHAT_NOTICE_TEXTS = {
  title: '微信提醒',
  bound: '已绑定：有新的预约、回电请求时，会在微信里提醒您。',
  unbound: '还没有绑定：有新的预约、回电请求时，微信里不会提醒您。',
  bind: '绑定我的微信接收提醒',
  unbind: '不再在微信里提醒我',
  onlyInMiniProgram: '绑定微信要在微信小程序里打开工作人员页面操作；这里可以解除绑定。',
  busy: '正在处理…',
  alreadyBound: '这个微信已经绑定了另一个工作人员账号，请先在那个账号里解除绑定。',
  failed: '没有成功，请稍后再试。',
} as const;

const T = WECHAT_NOTICE_TEXTS;

type Step = { at: 'loading' } | { at: 'busy' } | { at: 'shown'; me: StaffMeDto; problem?: string } | { at: 'failed' };

/**
 * Staff notices (a new booking, a call-back request) can also reach a staff member's own WeChat: she binds it here in
 * the mini-program (a wx.login code, exchanged by the server); the H5 pages can only undo it.
 */
export function WechatNotices({ signedOut }: { signedOut: (error: unknown) => boolean }) {
  const [step, setStep] = useState<Step>({ at: 'loading' });
  /** What the server last said, kept through a failed change. */
  const known = useRef<StaffMeDto>();

  const run = useCallback(
    async (change: () => Promise<StaffMeDto>) => {
      setStep({ at: 'busy' });
      try {
        known.current = await change();
        setStep({ at: 'shown', me: known.current });
      } catch (error) {
        if (signedOut(error)) {
          return;
        }
        const problem = error instanceof ApiError && error.code === 'WECHAT_ALREADY_BOUND' ? T.alreadyBound : T.failed;
        setStep(known.current ? { at: 'shown', me: known.current, problem } : { at: 'failed' });
      }
    },
    [signedOut],
  );

  useEffect(() => {
    void run(() => getStaffMe(staff));
  }, [run]);

  const bind = () =>
    void run(async () => {
      const { code } = await Taro.login();
      return putStaffWechat(staff, { code: code });
    });

  if (step.at === 'loading' || step.at === 'failed') {
    return null;
  }
  return (
    <View data-testid="staff-wechat">
      <Text className="section-title">{T.title}</Text>
      {step.at === 'busy' ? (
        <Notice testId="staff-wechat-busy">{T.busy}</Notice>
      ) : (
        <View>
          <Notice testId="staff-wechat-state">{step.me.wechatBound ? T.bound : T.unbound}</Notice>
          {step.problem ? (
            <Notice tone="alert" testId="staff-wechat-problem">
              {step.problem}
            </Notice>
          ) : null}
          {step.me.wechatBound ? (
            <ActionButton
              title={T.unbind}
              testId="staff-wechat-unbind"
              onPress={() => void run(() => deleteStaffWechat(staff))}
            />
          ) : process.env.TARO_ENV === 'weapp' ? (
            <ActionButton title={T.bind} testId="staff-wechat-bind" onPress={bind} />
          ) : (
            <Text className="lead muted" data-testid="staff-wechat-h5">
              {T.onlyInMiniProgram}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
