import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { CallbackOutcome, StaffCallbackDto } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { CallButton } from '../../../components/CallButton';
import { Choice } from '../../../components/Choice';
import { LoadFailed } from '../../../components/LoadFailed';
import { Notice } from '../../../components/Notice';
import { formatShanghaiInstant } from '../../../domain/dates';
import { NumberLine, Permissions, SafeTimeLine, Windows } from '../callbacks/CallbackSummary';
import { CALLBACK_TEXTS as Q } from '../callbacks/texts';
import { StaffShell } from '../components/StaffShell';
import { numberShown, queueState, safeTime } from '../domain/callbacks';
import { ATTEMPT_RESULTS, ATTEMPT_TEXT, CALLBACK_OUTCOMES, OUTCOME_TEXT } from '../domain/labels';
import { useStaffSession } from '../hooks/useStaffSession';
import { recordPage, STAFF_CALLBACKS } from '../routes';
import { CALL_TEXTS as T } from './texts';
import { useCallbackWork } from './useCallbackWork';

type Work = ReturnType<typeof useCallbackWork>;

function backToQueue() {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) {
    void Taro.navigateBack({ delta: 1 }).catch(() => undefined);
  } else {
    void Taro.redirectTo({ url: STAFF_CALLBACKS }).catch(() => undefined);
  }
}

function CloseForm({ work }: { work: Work }) {
  const [outcome, setOutcome] = useState<CallbackOutcome | null>(null);
  const [problem, setProblem] = useState(false);
  return (
    <View role="radiogroup" aria-label={T.closeTitle} data-testid="staff-call-close">
      <Text className="section-title">{T.closeTitle}</Text>
      <Text className="lead muted">{T.closeHint}</Text>
      {CALLBACK_OUTCOMES.map((option) => (
        <Choice
          key={option}
          title={OUTCOME_TEXT[option]}
          selected={outcome === option}
          testId={`staff-call-outcome-${option}`}
          onPress={() => {
            setOutcome(option);
            setProblem(false);
          }}
        />
      ))}
      {problem ? <Notice tone="alert">{T.closeChooseFirst}</Notice> : null}
      <ActionButton
        title={T.closeConfirm}
        tone="primary"
        testId="staff-call-close-confirm"
        onPress={() => (outcome ? void work.close(outcome) : setProblem(true))}
      />
    </View>
  );
}

function MyCall({ callback, work }: { callback: StaffCallbackDto; work: Work }) {
  const shown = numberShown(callback);
  const time = safeTime(callback);
  return (
    <View>
      {time.kind === 'now' ? null : (
        <Notice tone="alert" testId="staff-call-not-safe-now">
          {time.kind === 'later' ? Q.notSafeNow(time.when) : Q.notSafeAtAll}
        </Notice>
      )}
      {shown.kind === 'revealed' ? (
        <CallButton
          phoneNumber={shown.phone}
          title={T.call(shown.display)}
          detail={T.callDetail}
          testId="staff-call-dial"
        />
      ) : null}
      <View role="group" aria-label={T.attemptTitle} data-testid="staff-call-attempts">
        <Text className="section-title">{T.attemptTitle}</Text>
        {ATTEMPT_RESULTS.map((result) => (
          <ActionButton
            key={result}
            title={ATTEMPT_TEXT[result].title}
            detail={ATTEMPT_TEXT[result].detail || undefined}
            testId={`staff-call-attempt-${result}`}
            onPress={() => void work.logAttempt(result)}
          />
        ))}
      </View>
      <CloseForm work={work} />
      <ActionButton title={T.release} testId="staff-call-release" onPress={() => void work.release()} />
    </View>
  );
}

function Attempts({ callback }: { callback: StaffCallbackDto }) {
  if (callback.attempts.length === 0) {
    return null;
  }
  return (
    <View data-testid="staff-call-attempt-list">
      <Text className="staff-subtitle">{T.attemptsTitle}</Text>
      {callback.attempts.map((attempt, index) => (
        <Text
          key={index}
          className="list-item"
        >{`${formatShanghaiInstant(attempt.at)} · ${ATTEMPT_TEXT[attempt.result].title}`}</Text>
      ))}
    </View>
  );
}

function CallScreen({ callback, work }: { callback: StaffCallbackDto; work: Work }) {
  const state = queueState(callback);
  return (
    <View data-testid="staff-call" data-state={state}>
      {/* What she allowed comes first, before the number. */}
      <Permissions callback={callback} testId="staff-call-permissions" />
      {state === 'open' || state === 'mine' ? <SafeTimeLine callback={callback} testId="staff-call-safe" /> : null}
      {state === 'open' || state === 'mine' ? <Windows callback={callback} /> : null}
      <Text className="staff-subtitle">{Q.number}</Text>
      <NumberLine callback={callback} testId="staff-call-number" />
      <Text className="list-item">{callback.topic ? Q.topic(callback.topic) : Q.noTopic}</Text>
      <Attempts callback={callback} />
      {work.message ? (
        <Notice tone={work.message.tone} testId="staff-call-message">
          {work.message.text}
        </Notice>
      ) : null}
      {work.busy ? <Notice>{T.busy}</Notice> : null}
      {!work.busy && state === 'open' ? (
        <ActionButton
          title={T.claim}
          detail={T.claimDetail}
          tone="primary"
          testId="staff-call-claim"
          onPress={() => void work.claim()}
        />
      ) : null}
      {!work.busy && state === 'mine' ? <MyCall callback={callback} work={work} /> : null}
      {state === 'colleague' ? <Notice testId="staff-call-colleague">{T.colleague}</Notice> : null}
      {state === 'withdrawn' ? <Notice testId="staff-call-withdrawn">{T.withdrawn}</Notice> : null}
      {state === 'closed' ? (
        <View data-testid="staff-call-closed">
          <Notice>{T.closed}</Notice>
          {callback.recorded ? (
            <Text className="list-item muted">{T.recorded}</Text>
          ) : (
            <View>
              {work.justClosed ? <Notice testId="staff-call-record-offer">{T.recordOffer}</Notice> : null}
              <ActionButton
                title={T.record}
                tone="primary"
                testId="staff-call-record"
                onPress={() =>
                  void Taro.redirectTo({ url: recordPage({ fromCallbackId: callback.id }) }).catch(() => undefined)
                }
              />
            </View>
          )}
        </View>
      ) : null}
      <ActionButton title={T.backToQueue} testId="staff-call-back" onPress={backToQueue} />
    </View>
  );
}

export default function StaffCallPage() {
  const { params } = useRouter();
  const { session, signedOut } = useStaffSession();
  const work = useCallbackWork(params.id, { enabled: session !== undefined, signedOut });

  function render() {
    switch (work.state.status) {
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'missing':
        return (
          <View>
            <Notice tone="alert" testId="staff-call-missing">
              {T.missing}
            </Notice>
            <ActionButton title={T.backToQueue} testId="staff-call-back" onPress={backToQueue} />
          </View>
        );
      case 'failed':
        return (
          <LoadFailed
            message={T.failed}
            retryTitle={T.retry}
            testId="staff-call-error"
            retryTestId="staff-call-retry"
            onRetry={() => void work.reload()}
          />
        );
      case 'loaded':
        return <CallScreen callback={work.state.callback} work={work} />;
    }
  }

  return (
    <StaffShell>
      <Text className="page-title">{T.title}</Text>
      {session ? render() : null}
    </StaffShell>
  );
}
