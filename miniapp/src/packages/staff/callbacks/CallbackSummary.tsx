import { Text, View } from '@tarojs/components';
import type { StaffCallbackDto } from '@wac/shared-types';
import { describeWindow } from '../../../domain/callback';
import { numberShown, safeTime } from '../domain/callbacks';
import { CALLBACK_TEXTS as T } from './texts';

/** What she allowed, framed and in bold where the answer is no: read before any number. */
export function Permissions({ callback, testId }: { callback: StaffCallbackDto; testId: string }) {
  return (
    <View className="staff-permissions" role="group" aria-label={T.permissionsTitle} data-testid={testId}>
      <Text
        className={callback.mayIdentify ? 'staff-permission' : 'staff-permission staff-permission--no'}
        data-testid={`${testId}-identify`}
      >
        {callback.mayIdentify ? `✓ ${T.mayIdentifyYes}` : `✗ ${T.mayIdentifyNo}`}
      </Text>
      {callback.mayIdentify ? null : <Text className="list-item">{T.mayIdentifyNoDetail}</Text>}
      <Text
        className={callback.mayLeaveMessage ? 'staff-permission' : 'staff-permission staff-permission--no'}
        data-testid={`${testId}-message`}
      >
        {callback.mayLeaveMessage ? `✓ ${T.mayLeaveMessageYes}` : `✗ ${T.mayLeaveMessageNo}`}
      </Text>
      {callback.mayLeaveMessage ? null : <Text className="list-item">{T.mayLeaveMessageNoDetail}</Text>}
    </View>
  );
}

export function SafeTimeLine({ callback, testId }: { callback: StaffCallbackDto; testId: string }) {
  const time = safeTime(callback);
  const text = time.kind === 'now' ? T.safeNow : time.kind === 'later' ? T.safeLater(time.when) : T.safeNone;
  return (
    <Text className="action__title" data-testid={testId} data-safe={time.kind}>
      {text}
    </Text>
  );
}

export function Windows({ callback }: { callback: StaffCallbackDto }) {
  return (
    <View>
      <Text className="list-item muted">{T.windows}</Text>
      {callback.windows.map((window, index) => (
        <Text key={index} className="list-item">
          {describeWindow(window)}
        </Text>
      ))}
    </View>
  );
}

/** Masked unless the server sent the whole number (only to whoever claimed it). */
export function NumberLine({ callback, testId }: { callback: StaffCallbackDto; testId: string }) {
  const shown = numberShown(callback);
  switch (shown.kind) {
    case 'revealed':
      return (
        <Text className="staff-number" data-testid={testId} data-revealed="true">
          {shown.display}
        </Text>
      );
    case 'masked':
      return (
        <View>
          <Text className="staff-number staff-number--masked" data-testid={testId} data-revealed="false">
            {shown.display}
          </Text>
          {callback.status === 'open' ? <Text className="list-item muted">{T.numberMasked}</Text> : null}
        </View>
      );
    case 'erased':
      return (
        <Text className="list-item muted" data-testid={testId} data-revealed="false">
          {T.numberErased}
        </Text>
      );
  }
}
