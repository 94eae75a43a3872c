import { Text, View } from '@tarojs/components';
import type { StaffCallbackDto } from '@wac/shared-types';
import { ActionButton } from '../../../components/ActionButton';
import { LoadFailed } from '../../../components/LoadFailed';
import { Notice } from '../../../components/Notice';
import { type OpenPage, useOpenPage } from '../../../hooks/useOpenPage';
import { staff } from '../../../services/staff-api';
import { listCallbackQueue } from '../../../services/staff-api.generated';
import { StaffShell } from '../components/StaffShell';
import { queueState } from '../domain/callbacks';
import { useStaffLoad } from '../hooks/useStaffLoad';
import { useStaffSession } from '../hooks/useStaffSession';
import { recordPage, staffCallbackPage } from '../routes';
import { NumberLine, Permissions, SafeTimeLine, Windows } from './CallbackSummary';
import { CALLBACK_TEXTS as T } from './texts';

/** How many finished calls still to register are listed. */
const TO_RECORD_SHOWN = 10;

type QueueData = { queue: StaffCallbackDto[]; toRecord: StaffCallbackDto[] };

function QueueCard({
  callback,
  position,
  showCentre,
  open,
}: {
  callback: StaffCallbackDto;
  position: number;
  showCentre: boolean;
  open: OpenPage;
}) {
  const state = queueState(callback);
  return (
    <View className="card" data-testid={`staff-callback-${callback.id}`} data-state={state}>
      <Text
        className={state === 'open' ? 'staff-status staff-status--pending' : 'staff-status'}
        data-testid={`staff-callback-state-${callback.id}`}
      >
        {`${T.position(position)} · ${T.state[state]}`}
      </Text>
      {showCentre ? <Text className="list-item muted">{callback.centreName}</Text> : null}
      <SafeTimeLine callback={callback} testId={`staff-callback-safe-${callback.id}`} />
      <Windows callback={callback} />
      <Permissions callback={callback} testId={`staff-callback-permissions-${callback.id}`} />
      <NumberLine callback={callback} testId={`staff-callback-number-${callback.id}`} />
      <Text className="list-item">{callback.topic ? T.topic(callback.topic) : T.noTopic}</Text>
      <Text className="list-item muted">{T.attempts(callback.attempts.length)}</Text>
      {state === 'open' || state === 'mine' ? (
        <ActionButton
          title={state === 'open' ? T.open : T.continue}
          tone="primary"
          testId={`staff-callback-open-${callback.id}`}
          onPress={() => open(staffCallbackPage(callback.id))}
        />
      ) : null}
    </View>
  );
}

export default function StaffCallbacksPage() {
  const { session, signedOut } = useStaffSession();
  const open = useOpenPage();
  const { load, reload } = useStaffLoad(
    async (): Promise<QueueData> => {
      const [queue, closed] = await Promise.all([
        listCallbackQueue(staff).then(({ items }) => items),
        listCallbackQueue(staff, { status: 'closed' }).then(({ items }) => items),
      ]);
      return { queue, toRecord: closed.filter((callback) => !callback.recorded).slice(-TO_RECORD_SHOWN) };
    },
    { session, signedOut },
  );

  function renderQueue() {
    switch (load.status) {
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'failed':
        return (
          <LoadFailed
            message={T.failed}
            retryTitle={T.retry}
            testId="staff-callbacks-error"
            retryTestId="staff-callbacks-retry"
            onRetry={() => void reload()}
          />
        );
      case 'loaded':
        return (
          <View>
            {load.data.queue.length === 0 ? <Notice testId="staff-callbacks-empty">{T.empty}</Notice> : null}
            <View data-testid="staff-callback-queue">
              {load.data.queue.map((callback, index) => (
                <QueueCard
                  key={callback.id}
                  callback={callback}
                  position={index + 1}
                  showCentre={session?.role === 'city_admin'}
                  open={open}
                />
              ))}
            </View>
            {load.data.toRecord.length > 0 ? (
              <View data-testid="staff-callbacks-to-record">
                <Text className="section-title">{T.toRecordTitle}</Text>
                {load.data.toRecord.map((callback) => (
                  <View key={callback.id} className="card">
                    <Text className="list-item">{callback.topic ? T.topic(callback.topic) : T.noTopic}</Text>
                    <ActionButton
                      title={T.toRecord}
                      testId={`staff-callback-record-${callback.id}`}
                      onPress={() => open(recordPage({ fromCallbackId: callback.id }))}
                    />
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        );
    }
  }

  return (
    <StaffShell>
      <Text className="page-title">{T.queueTitle}</Text>
      <Text className="lead muted">{T.queueLead}</Text>
      <ActionButton title={T.refresh} testId="staff-callbacks-refresh" onPress={() => void reload()} />
      {session ? renderQueue() : null}
    </StaffShell>
  );
}
