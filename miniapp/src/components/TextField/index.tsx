import { Input, Text, Textarea, View, type InputProps } from '@tarojs/components';
import { fieldAttributes } from '../a11y';
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
  const shared = {
    className: kind === 'multiline' ? 'field__input field__input--multiline' : 'field__input',
    value,
    placeholder,
    'data-testid': testId,
    ...fieldAttributes(describedBy, Boolean(error)),
  };
  // Taro's types list only WeChat's input types; on H5 its Input hands any HTML type to the <input>.
  const phoneKeypad = { type: 'tel', inputMode: 'tel' } as unknown as Pick<InputProps, 'type'>;
  const handleInput = (event: { detail: { value: string } }) => onChange(event.detail.value);

  const input =
    kind !== 'multiline' ? (
      <Input
        {...shared}
        type={kind === 'phone' ? 'number' : 'text'}
        maxlength={maxLength}
        onInput={handleInput}
        {...(kind === 'phone' && process.env.TARO_ENV !== 'weapp' ? phoneKeypad : {})}
      />
    ) : process.env.TARO_ENV === 'weapp' ? (
      <Textarea {...shared} maxlength={maxLength} autoHeight onInput={handleInput} />
    ) : (
      // Taro's Textarea on H5 is still a web component that would bring the whole Stencil runtime with it.
      <textarea {...shared} maxLength={maxLength} onChange={(event) => onChange(event.currentTarget.value)} />
    );

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
