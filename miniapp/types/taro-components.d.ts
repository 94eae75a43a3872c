import '@tarojs/components/types/Button';

// Taro's H5 <Button> renders a custom element (taro-button-core) that has no ARIA role of its own,
// so screen readers need an explicit one; Taro passes unknown props through as attributes.
declare module '@tarojs/components/types/Button' {
  interface ButtonProps {
    role?: string;
  }
}
