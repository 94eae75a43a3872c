// Jest (NODE_ENV=test) gets plain presets for Node; Taro builds get babel-preset-taro.
// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config

/**
 * Weapp output is ES5 (decision for toolchain note 6): older WeChat clients cannot run ES2015+
 * syntax such as `?.`, and we do not rely on the WeChat devtools' own ES6→ES5 step
 * (project.config.json keeps `es6`/`enhance` off). These are the targets babel-preset-taro
 * itself uses when a project has no browserslist; scripts/check-weapp-size.mjs verifies the
 * output parses as ES5. H5 keeps the modern browserslist from package.json.
 */
const WEAPP_ES5_TARGETS = { ios: '9', android: '5' };

module.exports = (api) => {
  const isTest = api.env('test');
  const platform = api.cache.using(() => process.env.TARO_ENV);

  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    };
  }

  return {
    presets: [
      [
        'taro',
        {
          framework: 'react',
          ts: true,
          compiler: 'webpack5',
          ...(platform === 'weapp' ? { targets: WEAPP_ES5_TARGETS } : {}),
        },
      ],
    ],
  };
};
