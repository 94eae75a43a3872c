import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BOOKABLE_SERVICES, BOOKING_NEEDS, NEED_LABELS, TOPIC_MAX_LENGTH } from '@wac/rules';
import type { AvailabilityDto, CentreDetailDto } from '@wac/shared-types';
import type { ReactElement } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { CentreChooser } from '../../components/CentreChooser';
import { Choice, ChoiceGroup } from '../../components/Choice';
import { CentreLoadProblem, CentreNotOpen } from '../../components/CentreUnavailable';
import { Consent } from '../../components/Consent';
import { HelpNumbers } from '../../components/HelpNumbers';
import { LoadFailed } from '../../components/LoadFailed';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import { SummaryRow } from '../../components/SummaryRow';
import { TextField } from '../../components/TextField';
import { TopicScreening } from '../../components/TopicScreening';
import { dayOptions, SERVICE_CHOICES, slotOptions } from '../../domain/booking';
import { formatSlot } from '../../domain/dates';
import { useOpenPage } from '../../hooks/useOpenPage';
import { MINE_PAGE } from '../../routes';
import { WaitlistJoin } from './WaitlistJoin';
import { BOOK_TEXTS as T } from './texts';
import { PROBLEM_TEXT, useBookingFlow } from './useBookingFlow';

type Flow = ReturnType<typeof useBookingFlow>;

function BackButton({ flow }: { flow: Flow }) {
  return <ActionButton title={T.back} testId="step-back" onPress={flow.back} />;
}

function ServiceStep({ flow }: { flow: Flow }) {
  return (
    <View>
      <Text className="section-title">{T.chooseService}</Text>
      <ChoiceGroup label={T.serviceGroup} testId="service-list">
        {BOOKABLE_SERVICES.map((service) => (
          <Choice
            key={service}
            {...SERVICE_CHOICES[service]}
            selected={flow.service === service}
            testId={`service-${service}`}
            onPress={() => flow.chooseService(service)}
          />
        ))}
      </ChoiceGroup>
    </View>
  );
}

function AvailabilityGate({
  flow,
  children,
}: {
  flow: Flow;
  children: (availability: AvailabilityDto) => ReactElement;
}) {
  const state = flow.availabilityState;
  if (state.status === 'failed') {
    return (
      <LoadFailed
        message={T.availabilityFailed}
        retryTitle={T.retry}
        testId="availability-error"
        retryTestId="availability-retry"
        onRetry={flow.retryAvailability}
      />
    );
  }
  if (state.status !== 'loaded') {
    return <Notice testId="availability-loading">{T.loading}</Notice>;
  }
  return children(state.availability);
}

function DayStep({ flow, centre }: { flow: Flow; centre: CentreDetailDto }) {
  const service = flow.service;
  if (!service) {
    return null;
  }
  return (
    <View>
      <Text className="section-title">{T.chooseDay}</Text>
      <AvailabilityGate flow={flow}>
        {(availability) => {
          const { days, laterDaysHidden } = dayOptions(availability, service, flow.current ?? undefined);
          return (
            <View>
              <ChoiceGroup label={T.dayGroup} testId="day-list">
                {days.map((day) => (
                  <View key={day.date}>
                    <Choice
                      title={day.label}
                      detail={day.detail}
                      selected={flow.date === day.date}
                      disabled={!day.selectable}
                      testId={`day-${day.date}`}
                      onPress={() => flow.chooseDay(day.date)}
                    />
                    {day.full && !flow.rescheduling ? (
                      <WaitlistJoin
                        centreCode={centre.code}
                        date={day.date}
                        service={service}
                        onPlacesAvailable={flow.retryAvailability}
                      />
                    ) : null}
                  </View>
                ))}
              </ChoiceGroup>
              {days.every((day) => !day.selectable) ? <Notice testId="no-days">{T.noDays}</Notice> : null}
              {laterDaysHidden ? <Text className="lead muted">{T.laterDays}</Text> : null}
            </View>
          );
        }}
      </AvailabilityGate>
    </View>
  );
}

function TimeStep({ flow }: { flow: Flow }) {
  const { service, date } = flow;
  if (!service || !date) {
    return null;
  }
  return (
    <View>
      <Text className="section-title">{T.chooseTime}</Text>
      <AvailabilityGate flow={flow}>
        {(availability) => (
          <ChoiceGroup label={T.timeGroup} testId="time-list">
            {slotOptions(availability, date, service, flow.current ?? undefined).map((option) => (
              <Choice
                key={option.slotId}
                title={option.label}
                detail={option.detail}
                selected={flow.slot?.slotId === option.slotId}
                disabled={!option.selectable}
                testId={`slot-${option.start}`}
                onPress={() => flow.chooseSlot(option)}
              />
            ))}
          </ChoiceGroup>
        )}
      </AvailabilityGate>
    </View>
  );
}

function DetailsStep({ flow }: { flow: Flow }) {
  return (
    <View>
      <Text className="section-title">{T.detailsTitle}</Text>
      <TextField
        label={T.topicLabel}
        hint={T.topicHint}
        placeholder={T.topicPlaceholder}
        kind="multiline"
        value={flow.topic}
        maxLength={TOPIC_MAX_LENGTH}
        onChange={flow.setTopic}
        testId="booking-topic"
      />
      <TopicScreening text={flow.topic} onRemove={() => flow.setTopic('')} testId="booking-topic-screening" />
      <Text className="section-title">{T.needsTitle}</Text>
      <View data-testid="needs-list">
        {BOOKING_NEEDS.map((need) => (
          <Choice
            key={need}
            kind="checkbox"
            title={NEED_LABELS[need]}
            selected={flow.needs.includes(need)}
            testId={`need-${need}`}
            onPress={() => flow.toggleNeed(need)}
          />
        ))}
      </View>
      <ActionButton title={T.next} tone="primary" testId="details-next" onPress={() => flow.goTo('consent')} />
    </View>
  );
}

function ConfirmStep({ flow, centre }: { flow: Flow; centre: CentreDetailDto }) {
  const open = useOpenPage();
  const { slot, service, date } = flow;
  if (!slot || !service || !date) {
    return null;
  }
  const retrying = flow.problem === 'network' || flow.problem === 'failed';
  return (
    <View>
      <Text className="section-title">{flow.rescheduling ? T.confirmRescheduleTitle : T.confirmTitle}</Text>
      <View className="card" data-testid="booking-summary">
        <SummaryRow label={T.summaryCentre} value={centre.name} testId="summary-centre" />
        <SummaryRow label={T.summaryTime} value={formatSlot(date, slot.start, slot.end)} testId="summary-time" />
        <SummaryRow label={T.summaryService} value={SERVICE_CHOICES[service].title} testId="summary-service" />
        {!flow.rescheduling && flow.topic.trim() ? (
          <SummaryRow label={T.summaryTopic} value={flow.topic.trim()} testId="summary-topic" />
        ) : null}
        {!flow.rescheduling && flow.needs.length > 0 ? (
          <SummaryRow
            label={T.summaryNeeds}
            value={flow.needs.map((need) => NEED_LABELS[need]).join('；')}
            testId="summary-needs"
          />
        ) : null}
      </View>
      {process.env.TARO_ENV === 'weapp' && !flow.rescheduling ? (
        <Text className="lead muted">{T.noticeHint}</Text>
      ) : null}
      {flow.submitting ? <Notice testId="booking-submitting">{T.submitting}</Notice> : null}
      {flow.problem === 'limit-reached' ? (
        <ActionButton title={T.openMine} tone="primary" testId="open-mine" onPress={() => open(MINE_PAGE)} />
      ) : (
        <ActionButton
          title={retrying ? T.retry : flow.rescheduling ? T.confirmReschedule : T.confirm}
          tone="primary"
          testId={retrying ? 'booking-retry' : 'booking-confirm'}
          onPress={flow.confirm}
        />
      )}
    </View>
  );
}

function StepContent({ flow, centre }: { flow: Flow; centre: CentreDetailDto }) {
  switch (flow.step) {
    case 'centre':
    case 'service':
      return <ServiceStep flow={flow} />;
    case 'day':
      return <DayStep flow={flow} centre={centre} />;
    case 'time':
      return <TimeStep flow={flow} />;
    case 'details':
      return <DetailsStep flow={flow} />;
    case 'consent':
      return <Consent purpose="booking" centre={centre} onAgree={flow.agreeToConsent} />;
    case 'confirm':
      return <ConfirmStep flow={flow} centre={centre} />;
  }
}

export default function BookPage() {
  const { params } = useRouter();
  const flow = useBookingFlow({ code: params.code, service: params.service, reschedule: params.reschedule });
  const centre = flow.centreState.status === 'loaded' ? flow.centreState.centre : null;

  function renderBody() {
    if (flow.step === 'centre' && flow.centreState.status === 'choosing') {
      return <CentreChooser title={T.chooseCentre} onChoose={(chosen) => flow.chooseCentre(chosen.code)} />;
    }
    if (!centre) {
      return <CentreLoadProblem status={flow.centreState.status} texts={T} onRetry={flow.reloadCentre} />;
    }
    if (centre.status !== 'open') {
      return <CentreNotOpen texts={T} helpTestIdPrefix="book-call" />;
    }
    return (
      <View>
        <Text className="lead muted" data-testid="booking-centre">
          {T.centreLine(centre.name)}
        </Text>
        {flow.problem ? (
          <Notice tone="alert" testId="booking-problem">
            <Text data-problem={flow.problem}>{PROBLEM_TEXT(flow.problem, flow.rescheduling)}</Text>
          </Notice>
        ) : null}
        {flow.current ? (
          <Notice testId="reschedule-current">
            {T.currentTime(formatSlot(flow.current.date, flow.current.start, flow.current.end))}
          </Notice>
        ) : null}
        <StepContent flow={flow} centre={centre} />
        {flow.step !== 'service' && flow.step !== 'centre' ? <BackButton flow={flow} /> : null}
        {flow.problem === 'limit-reached' || flow.problem === 'centre-not-bookable' || flow.problem === 'failed' ? (
          <HelpNumbers testIdPrefix="book-call" />
        ) : null}
      </View>
    );
  }

  return (
    <PageShell>
      <Text className="page-title">{flow.rescheduling ? T.rescheduleTitle : T.title}</Text>
      {renderBody()}
    </PageShell>
  );
}
