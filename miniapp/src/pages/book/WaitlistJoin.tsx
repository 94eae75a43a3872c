import { View } from '@tarojs/components';
import type { BookableService, WaitlistEntryDto } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { ApiError, her } from '../../services/api';
import { joinWaitlist } from '../../services/api.generated';

export const WAITLIST_TEXTS = {
  join: '有空位时通知我',
  joinDetail: '有人取消时，先为排在前面的人保留，请留意“我的预约”',
  joining: '正在登记…',
  joined: (position: number | null) =>
    `已登记${position ? `，您现在排第 ${position} 位` : ''}。有空位时会为您保留一段时间，打开首页或“我的预约”就能看到并确认。`,
  placesAvailable: '这一天刚好又有空位了，请直接选择时间。',
  alreadyWaiting: '您已经在等这一天的空位了，请留意“我的预约”。',
  limitReached: '最多可以同时等 3 个日期。可以先在“我的预约”里取消不需要的等待。',
  network: '网络不太好，没有登记上，请再试一次。',
  failed: '暂时没有登记上，请选择其他日期，或打电话给中心。',
} as const;

export interface WaitlistJoinProps {
  centreCode: string;
  date: string;
  service: BookableService;
  /** The server says the day has room again: the times should be asked for afresh. */
  onPlacesAvailable: () => void;
}

type JoinState =
  | { status: 'idle' }
  | { status: 'joining' }
  | { status: 'joined'; entry: WaitlistEntryDto }
  | { status: 'problem'; text: string };

/** On a full day: join its waiting list. Nobody is booked without accepting an offer later. */
export function WaitlistJoin({ centreCode, date, service, onPlacesAvailable }: WaitlistJoinProps) {
  const [state, setState] = useState<JoinState>({ status: 'idle' });

  async function join() {
    setState({ status: 'joining' });
    try {
      const entry = await joinWaitlist(her, { centreCode, date, service });
      setState({ status: 'joined', entry });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'UNKNOWN';
      if (code === 'PLACES_AVAILABLE') {
        setState({ status: 'problem', text: WAITLIST_TEXTS.placesAvailable });
        onPlacesAvailable();
        return;
      }
      const text =
        code === 'ALREADY_WAITING'
          ? WAITLIST_TEXTS.alreadyWaiting
          : code === 'LIMIT_REACHED'
            ? WAITLIST_TEXTS.limitReached
            : code === 'NETWORK'
              ? WAITLIST_TEXTS.network
              : WAITLIST_TEXTS.failed;
      setState({ status: 'problem', text });
    }
  }

  if (state.status === 'joined') {
    return <Notice testId={`waitlist-joined-${date}`}>{WAITLIST_TEXTS.joined(state.entry.position)}</Notice>;
  }
  return (
    <View>
      {state.status === 'problem' ? (
        <Notice tone="alert" testId={`waitlist-problem-${date}`}>
          {state.text}
        </Notice>
      ) : null}
      {state.status === 'joining' ? (
        <Notice>{WAITLIST_TEXTS.joining}</Notice>
      ) : (
        <ActionButton
          title={WAITLIST_TEXTS.join}
          detail={WAITLIST_TEXTS.joinDetail}
          testId={`waitlist-join-${date}`}
          onPress={() => void join()}
        />
      )}
    </View>
  );
}
