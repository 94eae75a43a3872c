/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built; a compile-time constant in Taro builds. */
    TARO_ENV: 'weapp' | 'h5' | undefined;
    /** API origin; '' means the same origin (H5 served by the API server). Set in config/index.ts. */
    TARO_APP_API_BASE: string | undefined;
    /** The neutral page the H5 quick exit opens. Set in config/index.ts. */
    TARO_APP_QUICK_EXIT_URL: string | undefined;
  }
}
