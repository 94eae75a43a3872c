import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { CentreDetailDto } from '@wac/shared-types';
import { ActionButton } from '../../components/ActionButton';
import { CentreChooser } from '../../components/CentreChooser';
import { Choice, ChoiceGroup } from '../../components/Choice';
import { CentreLoadProblem, CentreNotOpen } from '../../components/CentreUnavailable';
import { Consent } from '../../components/Consent';
import { HelpNumbers } from '../../components/HelpNumbers';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import { SummaryRow } from '../../components/SummaryRow';
import { TextField } from '../../components/TextField';
import { TopicScreening } from '../../components/TopicScreening';
import { TOPIC_MAX_LENGTH, WORKING_DAY } from '@wac/rules';
import { dateChoiceLabel, describeWindow, TIME_RANGES, upcomingCallDays } from '../../domain/callback';
import { formatClock, shanghaiToday, weekdayName } from '../../domain/dates';
import { useOpenPage } from '../../hooks/useOpenPage';
import { MINE_PAGE } from '../../routes';
import { CALLBACK_TEXTS as T } from './texts';
import { SEND_PROBLEM_TEXT, useCallbackForm } from './useCallbackForm';

type Form = ReturnType<typeof useCallbackForm>;

function WindowBuilder({ form }: { form: Form }) {
  const today = shanghaiToday();
  const { draft } = form;
  return (
    <View data-testid="window-builder">
      <Text className="section-title">{T.windowsTitle}</Text>
      <Text className="lead muted">{T.windowsHint}</Text>
      <Notice testId="call-hours">{T.callHours(formatClock(WORKING_DAY.start), formatClock(WORKING_DAY.end))}</Notice>
      <ChoiceGroup label={T.dayKindGroup}>
        <Choice
          title={T.dayKindDate}
          selected={draft.kind === 'date'}
          testId="window-kind-date"
          onPress={() => form.updateDraft({ kind: 'date' })}
        />
        <Choice
          title={T.dayKindWeekday}
          selected={draft.kind === 'weekday'}
          testId="window-kind-weekday"
          onPress={() => form.updateDraft({ kind: 'weekday' })}
        />
      </ChoiceGroup>
      <ChoiceGroup label={T.dayGroup} testId="window-days">
        {draft.kind === 'date'
          ? upcomingCallDays(today).map((date) => (
              <Choice
                key={date}
                title={dateChoiceLabel(date, today)}
                selected={draft.date === date}
                testId={`window-date-${date}`}
                onPress={() => form.updateDraft({ date })}
              />
            ))
          : WORKING_DAY.weekdays.map((weekday) => (
              <Choice
                key={weekday}
                title={T.everyWeekday(weekdayName(weekday))}
                selected={draft.weekday === weekday}
                testId={`window-weekday-${weekday}`}
                onPress={() => form.updateDraft({ weekday })}
              />
            ))}
      </ChoiceGroup>
      <ChoiceGroup label={T.rangeGroup} testId="window-ranges">
        {TIME_RANGES.map((range) => (
          <Choice
            key={range.from}
            title={`${formatClock(range.from)}–${formatClock(range.to)}`}
            selected={draft.range?.from === range.from}
            testId={`window-range-${range.from}`}
            onPress={() => form.updateDraft({ range })}
          />
        ))}
      </ChoiceGroup>
      {form.draftMessage ? (
        <Notice tone="alert" testId="window-message">
          {form.draftMessage}
        </Notice>
      ) : null}
      <ActionButton title={T.addWindow} tone="primary" testId="window-add" onPress={form.addWindow} />

      <Text className="action__title">{T.addedTitle}</Text>
      <View data-testid="window-list">
        {form.windows.length === 0 ? <Text className="list-item muted">{T.noneAdded}</Text> : null}
        {form.windows.map((window, index) => (
          <View key={describeWindow(window)} className="card" data-testid={`window-${index}`}>
            <Text className="action__title">{describeWindow(window)}</Text>
            <ActionButton
              title={T.removeWindow}
              accessibleLabel={`${T.removeWindow}：${describeWindow(window)}`}
              testId={`window-remove-${index}`}
              onPress={() => form.removeWindow(index)}
            />
          </View>
        ))}
      </View>
      {form.errors.windows ? (
        <View className="field__error" role="alert" data-testid="windows-error">
          {form.errors.windows}
        </View>
      ) : null}
    </View>
  );
}

function FormStep({ form }: { form: Form }) {
  const hasErrors = Object.values(form.errors).some(Boolean);
  return (
    <View>
      {hasErrors ? (
        <Notice tone="alert" testId="callback-form-problems">
          {T.formProblems}
        </Notice>
      ) : null}
      <TextField
        label={T.phoneLabel}
        hint={T.phoneHint}
        placeholder={T.phonePlaceholder}
        kind="phone"
        value={form.phone}
        maxLength={20}
        error={form.errors.phone}
        onChange={form.setPhone}
        testId="callback-phone"
      />
      <WindowBuilder form={form} />

      <Text className="section-title">{T.identifyTitle}</Text>
      <ChoiceGroup label={T.identifyTitle}>
        <Choice
          title={T.identifyNo}
          detail={T.identifyNoDetail}
          selected={!form.mayIdentify}
          testId="identify-no"
          onPress={() => form.setMayIdentify(false)}
        />
        <Choice
          title={T.identifyYes}
          selected={form.mayIdentify}
          testId="identify-yes"
          onPress={() => form.setMayIdentify(true)}
        />
      </ChoiceGroup>

      <Text className="section-title">{T.messageTitle}</Text>
      <ChoiceGroup label={T.messageTitle}>
        <Choice
          title={T.messageNo}
          detail={T.messageNoDetail}
          selected={!form.mayLeaveMessage}
          testId="message-no"
          onPress={() => form.setMayLeaveMessage(false)}
        />
        <Choice
          title={T.messageYes}
          selected={form.mayLeaveMessage}
          testId="message-yes"
          onPress={() => form.setMayLeaveMessage(true)}
        />
      </ChoiceGroup>

      <TextField
        label={T.topicLabel}
        hint={T.topicHint}
        kind="multiline"
        value={form.topic}
        maxLength={TOPIC_MAX_LENGTH}
        error={form.errors.topic}
        onChange={form.setTopic}
        testId="callback-topic"
      />
      <TopicScreening text={form.topic} onRemove={() => form.setTopic('')} testId="callback-topic-screening" />
      <ActionButton title={T.next} tone="primary" testId="callback-next" onPress={form.next} />
    </View>
  );
}

function SendStep({ form, centre }: { form: Form; centre: CentreDetailDto }) {
  const open = useOpenPage();
  return (
    <View>
      <Text className="section-title">{T.sendTitle}</Text>
      <View className="card" data-testid="callback-summary">
        <SummaryRow label={T.summaryCentre} value={centre.name} />
        <SummaryRow label={T.summaryPhone} value={form.phone} testId="summary-phone" />
        <SummaryRow
          label={T.summaryWindows}
          value={form.windows.map(describeWindow).join('；')}
          testId="summary-windows"
        />
        <SummaryRow label={T.summaryIdentify} value={form.mayIdentify ? T.yes : T.no} />
        <SummaryRow label={T.summaryMessage} value={form.mayLeaveMessage ? T.yes : T.no} />
        {form.topic.trim() ? <SummaryRow label={T.summaryTopic} value={form.topic.trim()} /> : null}
      </View>
      {form.problem ? (
        <Notice tone="alert" testId="callback-problem">
          <Text data-problem={form.problem}>{SEND_PROBLEM_TEXT[form.problem]}</Text>
        </Notice>
      ) : null}
      {form.sending ? <Notice>{T.submitting}</Notice> : null}
      {form.problem === 'limit-reached' ? (
        <ActionButton title={T.openMine} tone="primary" testId="open-mine" onPress={() => open(MINE_PAGE)} />
      ) : (
        <ActionButton
          title={form.problem === 'network' || form.problem === 'failed' ? T.retry : T.submit}
          tone="primary"
          testId="callback-submit"
          onPress={form.send}
        />
      )}
      {form.problem ? <HelpNumbers testIdPrefix="callback-call" /> : null}
    </View>
  );
}

export default function CallbackPage() {
  const { params } = useRouter();
  const form = useCallbackForm(params.code);
  const centre = form.code && form.centreState.status === 'loaded' ? form.centreState.centre : null;

  function renderBody() {
    if (form.step === 'centre') {
      return <CentreChooser title={T.chooseCentre} onChoose={(chosen) => form.chooseCentre(chosen.code)} />;
    }
    if (!centre) {
      return <CentreLoadProblem status={form.centreState.status} texts={T} onRetry={form.reloadCentre} />;
    }
    if (centre.status !== 'open') {
      return <CentreNotOpen texts={T} helpTestIdPrefix="callback-call" />;
    }
    return (
      <View>
        <Text className="lead muted" data-testid="callback-centre">
          {T.centreLine(centre.name)}
        </Text>
        {form.step === 'form' ? <FormStep form={form} /> : null}
        {form.step === 'consent' ? <Consent purpose="callback" centre={centre} onAgree={form.agreeToConsent} /> : null}
        {form.step === 'send' ? <SendStep form={form} centre={centre} /> : null}
        {form.step !== 'form' ? <ActionButton title={T.back} testId="step-back" onPress={form.back} /> : null}
      </View>
    );
  }

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      {form.step === 'centre' || form.step === 'form' ? <Text className="lead">{T.lead}</Text> : null}
      {renderBody()}
    </PageShell>
  );
}
