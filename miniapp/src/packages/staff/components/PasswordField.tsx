import { Input, Text, View } from '@tarojs/components';
import { fieldAttributes } from '../../../components/a11y';

export interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}

/** A labelled password input (TextField has none). Not remembered by the browser: phones get shared. */
export function PasswordField({ label, value, onChange, error, testId }: PasswordFieldProps) {
  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className="field__label">{label}</Text>
      <Input
        className="field__input"
        password
        type="text"
        value={value}
        maxlength={128}
        data-testid={testId}
        onInput={(event: { detail: { value: string } }) => onChange(event.detail.value)}
        {...fieldAttributes(label, Boolean(error))}
      />
    </View>
  );
}
