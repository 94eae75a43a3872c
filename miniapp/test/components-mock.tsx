// Stand-in for `@tarojs/components` in unit tests: plain DOM elements that keep what tests
// and screen readers look at (text, class, role, aria-*, data-*) and the click handler.
import { createElement, type ReactNode } from 'react';

interface MockComponentProps {
  children?: ReactNode;
  className?: string;
  role?: string;
  src?: string;
  onClick?: () => void;
  [attribute: string]: unknown;
}

function isKeptAttribute(name: string): boolean {
  return name.startsWith('data-') || name.startsWith('aria-');
}

function hostComponent(tag: string, fixedAttributes: Record<string, string> = {}) {
  return function MockComponent({ children, className, role, src, onClick, ...rest }: MockComponentProps) {
    const kept = Object.fromEntries(Object.entries(rest).filter(([name]) => isKeptAttribute(name)));
    return createElement(tag, { ...fixedAttributes, ...kept, className, role, src, onClick }, children);
  };
}

export const View = hostComponent('div');
export const Text = hostComponent('span');
export const Button = hostComponent('button', { type: 'button' });
export const Image = hostComponent('img');

interface MockFieldProps {
  value?: string;
  placeholder?: string;
  maxlength?: number;
  type?: string;
  id?: string;
  onInput?: (event: { detail: { value: string } }) => void;
  [attribute: string]: unknown;
}

/** Taro's text fields report typing as `{ detail: { value } }`. */
function fieldComponent(tag: 'input' | 'textarea') {
  return function MockField({ value, placeholder, maxlength, type, id, onInput, ...rest }: MockFieldProps) {
    const kept = Object.fromEntries(Object.entries(rest).filter(([name]) => isKeptAttribute(name)));
    return createElement(tag, {
      ...kept,
      id,
      value: value ?? '',
      placeholder,
      maxLength: maxlength,
      ...(tag === 'input' ? { type: type === 'number' ? 'tel' : 'text' } : {}),
      onChange: (event: { target: { value: string } }) => onInput?.({ detail: { value: event.target.value } }),
    });
  };
}

export const Input = fieldComponent('input');
export const Textarea = fieldComponent('textarea');
