import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { CallbackDto, CentreDetailDto } from '@wac/shared-types';
import { InfoCard } from '../../components/InfoCard';
import { Notice } from '../../components/Notice';
import { SentResult } from '../../components/SentResult';
import { ShortCodeCard } from '../../components/ShortCode';
import { SummaryRow } from '../../components/SummaryRow';
import { CALLBACK_STATUS_LABELS } from '../../domain/booking';
import { describeWindow } from '../../domain/callback';
import { useSentItem } from '../../hooks/useSentItem';
import { her } from '../../services/api';
import { listMyCallbacks } from '../../services/api.generated';
import { recentCallback } from '../../services/recent';
import { CALLBACK_SENT_TEXTS as T } from './texts';

function CallbackDetails({ callback, centre }: { callback: CallbackDto; centre: CentreDetailDto | null }) {
  return (
    <View>
      <Text className="page-title" data-testid="callback-sent-title">
        {T.title}
      </Text>
      <Notice testId="callback-sent-status">{T.statusLine(CALLBACK_STATUS_LABELS[callback.status].title)}</Notice>
      <View className="card" data-testid="callback-sent-summary">
        <SummaryRow label={T.summaryCentre} value={callback.centreName} />
        <SummaryRow label={T.summaryPhone} value={callback.phoneMasked ?? ''} testId="callback-sent-phone" />
        <SummaryRow
          label={T.summaryWindows}
          value={callback.windows.map(describeWindow).join('；')}
          testId="callback-sent-windows"
        />
        <SummaryRow label={T.summaryIdentify} value={callback.mayIdentify ? T.yes : T.no} />
        <SummaryRow label={T.summaryMessage} value={callback.mayLeaveMessage ? T.yes : T.no} />
      </View>
      <ShortCodeCard code={callback.code} testId="callback-sent-code" />
      <InfoCard title={T.nextTitle} lines={centre ? [...T.nextSteps, T.centreNumber(centre.phone)] : T.nextSteps} />
      <InfoCard title={T.withdrawTitle} lines={T.withdrawSteps} />
    </View>
  );
}

export default function CallbackSentPage() {
  const { params } = useRouter();
  const { state, centre } = useSentItem(params.id ?? '', recentCallback, () => listMyCallbacks(her));
  return (
    <SentResult state={state} texts={T} testIdPrefix="callback-sent">
      {(callback) => <CallbackDetails callback={callback} centre={centre} />}
    </SentResult>
  );
}
