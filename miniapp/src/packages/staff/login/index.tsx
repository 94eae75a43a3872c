import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { Notice } from '../../../components/Notice';
import { StaffShell } from '../components/StaffShell';
import { TextField } from '../../../components/TextField';
import { ApiError } from '../../../services/api';
import { staffLogin } from '../../../services/staff-api';
import { PasswordField } from '../components/PasswordField';
import { safeNext } from '../routes';
import { LOGIN_TEXTS as T } from './texts';

const FAILURE_TEXT: Partial<Record<ApiError['code'], string>> = {
  LOGIN_FAILED: T.failed,
  // An empty or overlong username is refused by validation: to her it is the same mistake.
  VALIDATION_FAILED: T.failed,
  FORBIDDEN: T.notStaff,
  NETWORK: T.network,
};

function failureText(error: unknown): string {
  return (error instanceof ApiError ? FAILURE_TEXT[error.code] : undefined) ?? T.other;
}

/** Username and password. (Binding a WeChat account is not offered: the server has no support for it.) */
export default function StaffLoginPage() {
  const { params } = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(params.expired ? T.expired : null);

  async function submit() {
    if (busy) {
      return;
    }
    if (username.trim() === '' || password === '') {
      setProblem(T.missing);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await staffLogin(username.trim(), password);
    } catch (error) {
      setProblem(failureText(error));
      setBusy(false);
      return;
    }
    setPassword('');
    setBusy(false);
    void Taro.redirectTo({ url: safeNext(params.next) }).catch(() => undefined);
  }

  return (
    <StaffShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="lead">{T.lead}</Text>
      {problem ? (
        <Notice tone="alert" testId="staff-login-error">
          {problem}
        </Notice>
      ) : null}
      <TextField
        label={T.username}
        value={username}
        onChange={setUsername}
        maxLength={64}
        placeholder={T.usernamePlaceholder}
        testId="staff-login-username"
      />
      <PasswordField label={T.password} value={password} onChange={setPassword} testId="staff-login-password" />
      <ActionButton
        title={busy ? T.submitting : T.submit}
        tone="primary"
        testId="staff-login-submit"
        onPress={() => void submit()}
      />
      <View className="muted">
        <Text className="list-item">{T.privacy}</Text>
      </View>
    </StaffShell>
  );
}
