import { Input, Text, Textarea, View } from '@tarojs/components';
import './index.scss';

export interface TextFieldProps {
  label: string;
  /** Shown under the label: what to write, and what not to. */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** phone: a digits keypad; multiline: a few lines of text. */
  kind?: 'text' | 'phone' | 'multiline';
  maxLength: number;
  placeholder?: string;
  /** Why the value was refused, in plain words. */
  error?: string;
  testId: string;
}

/**
 * A labelled text field. Taro's H5 input is a native <input> inside a custom element, so the
 * label is handed to that native element (nativeProps) for screen readers; WeChat reads the label above.
 */
export function TextField({
  label,
  hint,
  value,
  onChange,
  kind = 'text',
  maxLength,
  placeholder,
  error,
  testId,
}: TextFieldProps) {
  const describedBy = error ? `${label}：${error}` : hint ? `${label}：${hint}` : label;
  const nativeProps: Record<string, unknown> =
    process.env.TARO_ENV === 'weapp'
      ? {}
      : {
          'aria-label': describedBy,
          'aria-invalid': error ? 'true' : 'false',
          autocomplete: 'off',
          ...(kind === 'phone' ? { type: 'tel', inputmode: 'tel' } : {}),
        };
  const handleInput = (event: { detail: { value: string } }) => onChange(event.detail.value);

  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {kind === 'multiline' ? (
        <Textarea
          className="field__input field__input--multiline"
          value={value}
          maxlength={maxLength}
          placeholder={placeholder}
          autoHeight
          nativeProps={nativeProps}
          data-testid={testId}
          onInput={handleInput}
        />
      ) : (
        <Input
          className="field__input"
          type={kind === 'phone' ? 'number' : 'text'}
          value={value}
          maxlength={maxLength}
          placeholder={placeholder}
          nativeProps={nativeProps}
          data-testid={testId}
          onInput={handleInput}
        />
      )}
      <Text className="field__count muted">{`${value.length}/${maxLength}`}</Text>
      {error ? (
        <View className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
