import { Input, Text, Textarea, View, type InputProps } from '@tarojs/components';
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
 * A labelled text field. On H5 the input is a native <input>/<textarea> (Taro's React components), so the
 * label, state and keypad are its own attributes for screen readers; WeChat reads the label above.
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
  const webAttributes = {
    'aria-label': describedBy,
    'aria-invalid': error ? ('true' as const) : ('false' as const),
    autoComplete: 'off',
  };
  // Taro's types list only WeChat's input types; on H5 its Input hands any HTML type to the <input>.
  const phoneKeypad = { type: 'tel', inputMode: 'tel' } as unknown as Pick<InputProps, 'type'>;
  const className = kind === 'multiline' ? 'field__input field__input--multiline' : 'field__input';
  const handleInput = (event: { detail: { value: string } }) => onChange(event.detail.value);

  let input: JSX.Element;
  if (kind !== 'multiline') {
    input = (
      <Input
        className={className}
        type={kind === 'phone' ? 'number' : 'text'}
        value={value}
        maxlength={maxLength}
        placeholder={placeholder}
        data-testid={testId}
        onInput={handleInput}
        {...(process.env.TARO_ENV === 'weapp' ? {} : { ...webAttributes, ...(kind === 'phone' ? phoneKeypad : {}) })}
      />
    );
  } else if (process.env.TARO_ENV === 'weapp') {
    input = (
      <Textarea
        className={className}
        value={value}
        maxlength={maxLength}
        placeholder={placeholder}
        autoHeight
        data-testid={testId}
        onInput={handleInput}
      />
    );
  } else {
    // Taro's Textarea on H5 is still a web component that would bring the whole Stencil runtime with it.
    input = (
      <textarea
        className={className}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...webAttributes}
      />
    );
  }

  return (
    <View className={error ? 'field field--error' : 'field'}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {input}
      <Text className="field__count muted">{`${value.length}/${maxLength}`}</Text>
      {error ? (
        <View className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
