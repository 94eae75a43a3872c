import '@testing-library/jest-dom';
import { TextEncoder } from 'node:util';
import { resetTaroMock } from './taro-mock';

// What config/index.ts would define for an H5 build; tests switch TARO_ENV to 'weapp' as needed.
const BUILD_ENV = {
  TARO_ENV: 'h5',
  TARO_APP_API_BASE: '',
  TARO_APP_QUICK_EXIT_URL: 'https://quick-exit.example/',
} as const;

// Every browser has TextEncoder (the H5 login puzzle uses it); jsdom does not.
Object.assign(globalThis, { TextEncoder });

beforeEach(() => {
  Object.assign(process.env, BUILD_ENV);
  resetTaroMock();
});
