// Stand-in for `@tarojs/components` in unit tests: plain DOM elements that keep what tests
// and screen readers look at (text, class, role, aria-*, data-*) and the click handler.
import { createElement, type ReactNode } from 'react'

interface MockComponentProps {
  children?: ReactNode
  className?: string
  role?: string
  src?: string
  onClick?: () => void
  [attribute: string]: unknown
}

function isKeptAttribute(name: string): boolean {
  return name.startsWith('data-') || name.startsWith('aria-')
}

function hostComponent(tag: string, fixedAttributes: Record<string, string> = {}) {
  return function MockComponent({ children, className, role, src, onClick, ...rest }: MockComponentProps) {
    const kept = Object.fromEntries(Object.entries(rest).filter(([name]) => isKeptAttribute(name)))
    return createElement(tag, { ...fixedAttributes, ...kept, className, role, src, onClick }, children)
  }
}

export const View = hostComponent('div')
export const Text = hostComponent('span')
export const Button = hostComponent('button', { type: 'button' })
export const Image = hostComponent('img')
