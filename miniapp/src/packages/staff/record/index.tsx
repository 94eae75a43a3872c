import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  CATEGORY_LABELS,
  CENTRE_CODES,
  CHANNEL_LABELS,
  NOTE_MAX_LENGTH,
  PROFESSION_LABELS,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  RECORD_SERVICE_LABELS,
  RECORD_SERVICES,
  REFERRAL_LABELS,
} from '@wac/rules';
import type { RecordDto } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { CallButton } from '../../../components/CallButton';
import { Choice } from '../../../components/Choice';
import { LoadFailed } from '../../../components/LoadFailed';
import { Notice } from '../../../components/Notice';
import { StaffShell } from '../components/StaffShell';
import { SummaryRow } from '../../../components/SummaryRow';
import { TextField } from '../../../components/TextField';
import { addDays, formatDay } from '../../../domain/dates';
import { POLICE_NUMBER } from '../../../domain/hotlines';
import { OptionGroup } from '../components/OptionGroup';
import {
  AREA_CHOICES,
  dateChoices,
  DURATION_CHOICES,
  noteWarnings,
  toggleReferral,
  toggleService,
} from '../domain/record';
import { areaLabel, REFERRAL_CHOICES } from '../domain/labels';
import { useStaffSession } from '../hooks/useStaffSession';
import { STAFF_HOME, STAFF_RECORDS } from '../routes';
import { RECORD_TEXTS as T } from './texts';
import { useRecordForm } from './useRecordForm';

type Form = ReturnType<typeof useRecordForm>;

const PROFESSIONS = Object.keys(PROFESSION_LABELS) as (keyof typeof PROFESSION_LABELS)[];

function dateLabel(date: string, today: string): string {
  if (date === today) {
    return `${T.today} ${formatDay(date)}`;
  }
  if (date === addDays(today, -1)) {
    return `${T.yesterday} ${formatDay(date)}`;
  }
  return formatDay(date);
}

function AreaChoice({ form }: { form: Form }) {
  const { draft, errors } = form;
  const [open, setOpen] = useState(draft.area === null);
  return (
    <OptionGroup title={T.area} error={errors.area} testId="staff-record-area">
      {open || errors.area ? (
        <View className="staff-grid">
          {AREA_CHOICES.map((area) => (
            <Choice
              key={area}
              title={areaLabel(area)}
              selected={draft.area === area}
              testId={`staff-record-area-${area}`}
              onPress={() => {
                form.update({ area });
                setOpen(false);
              }}
            />
          ))}
        </View>
      ) : (
        <View>
          <Choice
            title={draft.area ? areaLabel(draft.area) : ''}
            selected
            testId={`staff-record-area-${draft.area ?? ''}`}
            onPress={() => setOpen(true)}
          />
          <ActionButton title={T.areaChange} testId="staff-record-area-change" onPress={() => setOpen(true)} />
        </View>
      )}
    </OptionGroup>
  );
}

function RecordFormFields({ form }: { form: Form }) {
  const { draft, errors, today } = form;
  const warnings = noteWarnings(draft.note);
  const durations =
    draft.durationMinutes !== null && !DURATION_CHOICES.includes(draft.durationMinutes)
      ? [...DURATION_CHOICES, draft.durationMinutes]
      : DURATION_CHOICES;
  return (
    <View data-testid="staff-record-form">
      {form.needsCentre ? (
        <OptionGroup title={T.centre} error={errors.centreCode} testId="staff-record-centre">
          <View className="staff-grid">
            {CENTRE_CODES.map((code) => (
              <Choice
                key={code}
                title={areaLabel(code)}
                selected={draft.centreCode === code}
                testId={`staff-record-centre-${code}`}
                onPress={() => form.update({ centreCode: code })}
              />
            ))}
          </View>
        </OptionGroup>
      ) : null}

      <OptionGroup title={T.date} error={errors.date} testId="staff-record-date">
        <View className="staff-grid">
          {dateChoices(today, draft.date).map((date) => (
            <Choice
              key={date}
              title={dateLabel(date, today)}
              selected={draft.date === date}
              testId={`staff-record-date-${date}`}
              onPress={() => form.update({ date })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup
        title={T.channel}
        hint={form.source ? T.channelFixed : undefined}
        error={errors.channel}
        testId="staff-record-channel"
      >
        <View className="staff-grid">
          {RECORD_CHANNELS.map((channel) => (
            <Choice
              key={channel}
              title={CHANNEL_LABELS[channel]}
              selected={draft.channel === channel}
              disabled={form.source !== undefined && draft.channel !== channel}
              testId={`staff-record-channel-${channel}`}
              onPress={() => form.update({ channel })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup title={T.category} error={errors.category} testId="staff-record-category">
        <View className="staff-grid">
          {RECORD_CATEGORIES.map((category) => (
            <Choice
              key={category}
              title={CATEGORY_LABELS[category]}
              selected={draft.category === category}
              testId={`staff-record-category-${category}`}
              onPress={() => form.update({ category })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup title={T.services} kind="group" error={errors.services} testId="staff-record-services">
        {RECORD_SERVICES.map((service) => (
          <Choice
            key={service}
            kind="checkbox"
            title={RECORD_SERVICE_LABELS[service]}
            selected={draft.services.includes(service)}
            testId={`staff-record-service-${service}`}
            onPress={() => form.update({ services: toggleService(draft.services, service) })}
          />
        ))}
      </OptionGroup>

      <OptionGroup title={T.helper} hint={T.helperHint} error={errors.helperProfession} testId="staff-record-helper">
        <View className="staff-grid">
          {PROFESSIONS.map((profession) => (
            <Choice
              key={profession}
              title={PROFESSION_LABELS[profession]}
              selected={draft.helperProfession === profession}
              testId={`staff-record-helper-${profession}`}
              onPress={() => form.update({ helperProfession: profession })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup title={T.ageBand} error={errors.ageBand} testId="staff-record-age">
        <View className="staff-grid">
          {AGE_BANDS.map((band) => (
            <Choice
              key={band}
              title={AGE_BAND_LABELS[band]}
              selected={draft.ageBand === band}
              testId={`staff-record-age-${band}`}
              onPress={() => form.update({ ageBand: band })}
            />
          ))}
        </View>
      </OptionGroup>

      <AreaChoice form={form} />

      <OptionGroup title={T.duration} error={errors.durationMinutes} testId="staff-record-duration">
        <View className="staff-grid">
          {durations.map((minutes) => (
            <Choice
              key={minutes}
              title={T.minutes(minutes)}
              selected={draft.durationMinutes === minutes}
              testId={`staff-record-duration-${minutes}`}
              onPress={() => form.update({ durationMinutes: minutes })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup title={T.referrals} kind="group" error={errors.referrals} testId="staff-record-referrals">
        <View className="staff-grid staff-grid--checks">
          {REFERRAL_CHOICES.map((referral) => (
            <Choice
              key={referral}
              kind="checkbox"
              title={REFERRAL_LABELS[referral]}
              selected={draft.referrals.includes(referral)}
              testId={`staff-record-referral-${referral}`}
              onPress={() => form.update({ referrals: toggleReferral(draft.referrals, referral) })}
            />
          ))}
        </View>
      </OptionGroup>

      <OptionGroup title={T.followUp} testId="staff-record-follow-up">
        <View className="staff-grid">
          <Choice
            title={T.followUpNo}
            selected={!draft.followUpNeeded}
            testId="staff-record-follow-up-no"
            onPress={() => form.update({ followUpNeeded: false })}
          />
          <Choice
            title={T.followUpYes}
            selected={draft.followUpNeeded}
            testId="staff-record-follow-up-yes"
            onPress={() => form.update({ followUpNeeded: true })}
          />
        </View>
      </OptionGroup>

      <OptionGroup title={T.mandatoryTitle} kind="group" testId="staff-record-mandatory">
        <Choice
          kind="checkbox"
          title={T.mandatory}
          detail={T.mandatoryDetail}
          selected={draft.mandatoryReport}
          testId="staff-record-mandatory-report"
          onPress={() => form.update({ mandatoryReport: !draft.mandatoryReport })}
        />
        {draft.mandatoryReport ? (
          <View data-testid="staff-record-mandatory-now">
            <Notice tone="alert">{T.mandatoryNow}</Notice>
            <CallButton phoneNumber={POLICE_NUMBER} title={T.call110} tone="danger" testId="staff-record-call-110" />
          </View>
        ) : null}
      </OptionGroup>

      <TextField
        label={T.note}
        hint={T.noteHint}
        value={draft.note}
        onChange={(note) => form.update({ note })}
        kind="multiline"
        maxLength={NOTE_MAX_LENGTH}
        placeholder={T.notePlaceholder}
        error={errors.note}
        testId="staff-record-note"
      />
      {warnings.length > 0 ? (
        <View data-testid="staff-record-note-warnings">
          {warnings.map((warning) => (
            <Notice key={warning} tone="alert">
              {warning}
            </Notice>
          ))}
        </View>
      ) : null}
    </View>
  );
}

function Saved({ record, form }: { record: RecordDto; form: Form }) {
  const text = form.mode === 'edit' ? T.savedEdit : form.mode === 'correct' ? T.savedCorrect : T.savedNew;
  return (
    <View data-testid="staff-record-saved" data-record-id={record.id}>
      <Notice>{text}</Notice>
      <View className="card staff-summary">
        <SummaryRow label={T.date} value={formatDay(record.date)} />
        <SummaryRow label={T.channel} value={CHANNEL_LABELS[record.channel]} />
        <SummaryRow label={T.category} value={CATEGORY_LABELS[record.category]} />
        <SummaryRow
          label={T.services}
          value={record.services.map((service) => RECORD_SERVICE_LABELS[service]).join('、')}
        />
        <SummaryRow label={T.duration} value={T.minutes(record.durationMinutes)} />
        {record.mandatoryReport ? <SummaryRow label={T.mandatoryTitle} value={T.mandatory} /> : null}
      </View>
      <ActionButton title={T.another} tone="primary" testId="staff-record-another" onPress={form.another} />
      <ActionButton
        title={T.records}
        testId="staff-record-open-records"
        onPress={() => void Taro.redirectTo({ url: STAFF_RECORDS }).catch(() => undefined)}
      />
      <ActionButton
        title={T.home}
        testId="staff-record-home"
        onPress={() => void Taro.reLaunch({ url: STAFF_HOME }).catch(() => undefined)}
      />
    </View>
  );
}

export default function StaffRecordPage() {
  const { params } = useRouter();
  const { session, signedOut } = useStaffSession();
  const form = useRecordForm(params, { session, signedOut });
  const title = form.mode === 'edit' ? T.titleEdit : form.mode === 'correct' ? T.titleCorrect : T.titleNew;
  const lead = form.mode === 'edit' ? T.leadEdit : form.mode === 'correct' ? T.leadCorrect : T.leadNew;
  const submitTitle = form.mode === 'edit' ? T.submitEdit : form.mode === 'correct' ? T.submitCorrect : T.submitNew;

  function render() {
    switch (form.state.status) {
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'load-failed':
        return (
          <LoadFailed
            message={T.loadFailed}
            retryTitle={T.retry}
            testId="staff-record-load-error"
            retryTestId="staff-record-retry"
            onRetry={() => void form.reload()}
          />
        );
      case 'saved':
        return <Saved record={form.state.record} form={form} />;
      case 'editing':
        return (
          <View>
            {form.source ? (
              <Notice testId="staff-record-source">
                {form.source.kind === 'booking' ? T.fromBooking : T.fromCallback}
              </Notice>
            ) : null}
            <RecordFormFields form={form} />
            {form.problem ? (
              <View>
                <Notice tone="alert" testId="staff-record-problem">
                  {form.problem.text}
                </Notice>
                {form.problem.fix ? (
                  <ActionButton
                    title={form.problem.fix === 'drop-source' ? T.dropSource : T.switchToCorrect}
                    testId="staff-record-fix"
                    onPress={form.fix}
                  />
                ) : null}
              </View>
            ) : null}
            <ActionButton
              title={form.busy ? T.submitting : submitTitle}
              tone="primary"
              testId="staff-record-submit"
              onPress={() => void form.submit()}
            />
          </View>
        );
    }
  }

  return (
    <StaffShell>
      <Text className="page-title">{title}</Text>
      <Text className="lead muted">{lead}</Text>
      {session ? render() : null}
    </StaffShell>
  );
}
