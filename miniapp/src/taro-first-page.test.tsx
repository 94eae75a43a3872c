/**
 * Taro's React app wrapper as patched by patches/@tarojs__plugin-framework-react@4.2.1.patch: on the web the first
 * page renders as a React transition (in slices, yielding to the browser), later pages as before.
 */
import { act } from '@testing-library/react';
import * as React from 'react';
import * as ReactDOM from 'react-dom/client';

// What Taro's H5 build defines for its runtime, which reads it as it loads (its `document` is the browser's on the web).
process.env.TARO_PLATFORM = 'web';
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
});

/** What this test uses of the app object Taro's wrapper makes (its runtime ships no types). */
interface TaroWebApp {
  onLaunch(options: object): void;
  mount(component: React.ComponentType, id: string, cb: () => void): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the switches above are set
const { createReactApp } = require('@tarojs/plugin-framework-react/dist/runtime') as {
  createReactApp: (app: React.ComponentType, react: typeof React, dom: typeof ReactDOM, config: object) => TaroWebApp;
};

/** As src/app.ts: Taro renders the pages as its children. */
function App({ children }: React.PropsWithChildren) {
  return children;
}

function Page() {
  return <span>page</span>;
}

describe('the first page of the H5 app', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('renders in a transition, and a later page in a plain update, each calling back once its element is there', () => {
    const startTransition = jest.spyOn(React, 'startTransition');
    const app = createReactApp(App, React, ReactDOM, { appId: 'app' });
    act(() => app.onLaunch({}));
    const mounted: (string | null)[] = [];

    act(() => app.mount(Page, 'first', () => mounted.push(document.getElementById('first')?.id ?? null)));
    expect(startTransition).toHaveBeenCalledTimes(1);
    expect(mounted).toEqual(['first']);

    act(() => app.mount(Page, 'second', () => mounted.push(document.getElementById('second')?.id ?? null)));
    expect(startTransition).toHaveBeenCalledTimes(1);
    expect(mounted).toEqual(['first', 'second']);
  });
});
