import { Text, View } from '@tarojs/components';
import type { RecordDto } from '@wac/shared-types';
import { ActionButton } from '../../../components/ActionButton';
import { LoadFailed } from '../../../components/LoadFailed';
import { Notice } from '../../../components/Notice';
import { addDays, formatDay, formatShanghaiInstant, shanghaiToday } from '../../../domain/dates';
import { type OpenPage, useOpenPage } from '../../../hooks/useOpenPage';
import {
  AGE_BAND_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  PROFESSION_LABELS,
  RECORD_SERVICE_LABELS,
  REFERRAL_LABELS,
} from '@wac/rules';
import { staff } from '../../../services/staff-api';
import { listRecords } from '../../../services/staff-api.generated';
import { StaffShell } from '../components/StaffShell';
import { areaLabel } from '../domain/labels';
import { useStaffLoad } from '../hooks/useStaffLoad';
import { useStaffSession } from '../hooks/useStaffSession';
import { recordPage } from '../routes';
import { RECORDS_TEXTS as T } from './texts';

const RECENT_DAYS = 30;

/** Newest first: the one just made is on top. */
function newestFirst(a: RecordDto, b: RecordDto): number {
  return b.createdAt.localeCompare(a.createdAt);
}

function RecordCard({ record, nowMs, open }: { record: RecordDto; nowMs: number; open: OpenPage }) {
  const editable = Date.parse(record.editableUntil) > nowMs;
  const flags = [record.followUpNeeded ? T.followUp : '', record.mandatoryReport ? T.mandatory : ''].filter(Boolean);
  return (
    <View className="card" data-testid={`staff-record-item-${record.id}`}>
      <Text className="action__title">{`${formatDay(record.date)} · ${CHANNEL_LABELS[record.channel]}${record.supersedes ? T.corrected : ''}`}</Text>
      <Text className="list-item">{`${CATEGORY_LABELS[record.category]} · ${record.services.map((service) => RECORD_SERVICE_LABELS[service]).join('、')}`}</Text>
      <Text className="list-item muted">
        {`${AGE_BAND_LABELS[record.ageBand]} · ${areaLabel(record.area)} · ${T.minutes(record.durationMinutes)} · ${PROFESSION_LABELS[record.helperProfession]}`}
      </Text>
      <Text className="list-item muted">
        {record.referrals.map((referral) => REFERRAL_LABELS[referral]).join('、')}
      </Text>
      {flags.length > 0 ? (
        <View className="staff-tags">
          {flags.map((flag) => (
            <Text key={flag} className="staff-tag">
              {flag}
            </Text>
          ))}
        </View>
      ) : null}
      {record.note ? <Text className="list-item">{T.note(record.note)}</Text> : null}
      {editable ? (
        <ActionButton
          title={T.edit}
          detail={T.editDetail(formatShanghaiInstant(record.editableUntil))}
          testId={`staff-record-edit-${record.id}`}
          onPress={() => open(recordPage({ id: record.id, mode: 'edit' }))}
        />
      ) : null}
      <ActionButton
        title={T.correct}
        detail={T.correctDetail}
        testId={`staff-record-correct-${record.id}`}
        onPress={() => open(recordPage({ id: record.id, mode: 'correct' }))}
      />
    </View>
  );
}

export default function StaffRecordsPage() {
  const { session, signedOut } = useStaffSession();
  const open = useOpenPage();
  const { load, reload } = useStaffLoad(
    async () => {
      const today = shanghaiToday();
      const items = await listRecords(staff, { from: addDays(today, -(RECENT_DAYS - 1)), to: today }).then(
        ({ items }) => items,
      );
      return [...items].sort(newestFirst);
    },
    { session, signedOut },
  );

  function render() {
    switch (load.status) {
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'failed':
        return (
          <LoadFailed
            message={T.failed}
            retryTitle={T.retry}
            testId="staff-records-error"
            retryTestId="staff-records-retry"
            onRetry={() => void reload()}
          />
        );
      case 'loaded': {
        const nowMs = Date.now();
        return load.data.length === 0 ? (
          <Notice testId="staff-records-empty">{T.empty}</Notice>
        ) : (
          <View data-testid="staff-records-list">
            {load.data.map((record) => (
              <RecordCard key={record.id} record={record} nowMs={nowMs} open={open} />
            ))}
          </View>
        );
      }
    }
  }

  return (
    <StaffShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="lead muted">{T.lead(RECENT_DAYS)}</Text>
      <ActionButton
        title={T.register}
        tone="primary"
        testId="staff-records-register"
        onPress={() => open(recordPage())}
      />
      {session ? render() : null}
    </StaffShell>
  );
}
