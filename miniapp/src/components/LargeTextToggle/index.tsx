import { useLargeText } from '../../hooks/usePreferences';
import { setLargeText } from '../../services/preferences';
import { Choice } from '../Choice';

const TEXTS = {
  title: '大字模式',
  detail: '字和按钮都变大。只记在这台手机上。',
} as const;

/** 大字模式 as one on/off choice (home and settings); every open page follows at once. */
export function LargeTextToggle() {
  const largeText = useLargeText();
  return (
    <Choice
      kind="checkbox"
      title={TEXTS.title}
      detail={TEXTS.detail}
      selected={largeText}
      testId="large-text-toggle"
      onPress={() => setLargeText(!largeText)}
    />
  );
}
