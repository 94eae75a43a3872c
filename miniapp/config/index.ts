import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveApiBase } from './api-base';
import devConfig from './dev';
import { extractTaroStyles, FaviconPlugin, PrecompressPlugin } from './h5-assets';
import { SHARED_CHUNK_GROUPS } from './h5-chunks';
import prodConfig from './prod';

/** The shared rules' build (@wac/rules, ES2022), which the weapp build compiles to ES5 like the app's own code. */
const SHARED_RULES_DIR = path.join(path.resolve(__dirname, '../../rules/dist'), path.sep);

/** The home page's first-visit safety tips, which the static frame shows before the scripts arrive. */
const FIRST_USE = JSON.parse(
  readFileSync(path.resolve(__dirname, '../src/pages/index/first-use-texts.json'), 'utf8'),
) as { title: string; h5: string[] };

/** Where the quick-exit button sends an H5 visitor: an ordinary, unremarkable page. */
const DEFAULT_QUICK_EXIT_URL = 'https://www.weather.com.cn/';

/** For a value written into index.html (the static frame's quick-exit link). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>((merge) => {
  const platform = process.env.TARO_ENV;
  const apiBase = resolveApiBase(platform, process.env);
  const quickExitUrl = process.env.TARO_APP_QUICK_EXIT_URL ?? DEFAULT_QUICK_EXIT_URL;

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wac-miniapp',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: platform === 'weapp' ? 'dist/weapp' : 'dist/h5',
    plugins: [],
    // Each key becomes a compile-time `process.env.<KEY>` constant (values are JSON source text).
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase),
      TARO_APP_QUICK_EXIT_URL: JSON.stringify(quickExitUrl),
      // WeChat subscribe-message template ids, comma-separated; empty: the app never asks.
      TARO_APP_SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS ?? ''),
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: true,
    },
    // WeChat reads sitemap.json from the weapp's root (app.config's sitemapLocation); Taro copies it there.
    copy: {
      patterns: platform === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    mini: {
      // Published as ES2020 / built as ES2022; compiled to ES5 like the app (the weapp check parses every script as ES5).
      compile: {
        include: [
          (modulePath: string) => modulePath.includes('@noble/hashes') || modulePath.startsWith(SHARED_RULES_DIR),
        ],
      },
      // Moves modules used only by sub-packages out of the 2 MB main package.
      optimizeMainPackage: {
        enable: true,
      },
      postcss: {
        pxtransform: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
        },
      },
    },
    h5: {
      // Taro's React components (View is a <div>, Input an <input>) instead of its web components: no Stencil
      // runtime to download and start before the first page draws (README › Benchmarks › H5).
      useHtmlComponents: true,
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        // The API server serves index.html only at "/", so routes must live in the hash.
        mode: 'hash',
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // webpack's hint judges uncompressed size against a desktop budget; scripts/report-h5-size.mjs
      // reports what phones actually download (gzip) after every build:h5.
      webpackChain(chain) {
        chain.performance.hints(false);
        // Taro's component style sheets (WeUI's look, its icon font) give way to the app's own styles; see the file.
        for (const taroSheet of [
          '@tarojs/components-react/dist/index.css$',
          '@tarojs/components/dist/taro-components/taro-components.css$',
        ]) {
          chain.resolve.alias.set(taroSheet, path.resolve(__dirname, 'taro-h5-components.css'));
        }
        // Taro's H5 request brings polyfills for fetch and AbortController, which every browser of this build's
        // browserslist has, and JSONP, which the app never uses: code evaluated on the first page for nothing.
        for (const polyfill of ['whatwg-fetch$', 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only$']) {
          chain.resolve.alias.set(polyfill, path.resolve(__dirname, 'taro-h5-no-polyfill.js'));
        }
        chain.resolve.alias.set('jsonp-retry$', path.resolve(__dirname, 'taro-h5-no-jsonp.js'));
        const taroSplitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: object } | false;
        if (taroSplitChunks) {
          chain.optimization.splitChunks({
            ...taroSplitChunks,
            cacheGroups: { ...taroSplitChunks.cacheGroups, ...SHARED_CHUNK_GROUPS },
          });
        }
        // index.html's static frame links to the quick-exit site and shows the home page's first-visit safety tips
        // before any script has run. It places the styles and scripts itself (`inject: false`): the scripts are
        // preloaded at once and run after the frame has painted.
        chain.plugin('htmlWebpackPlugin').tap((args: object[]) => [
          {
            ...args[0],
            inject: false,
            quickExitUrl: escapeHtml(quickExitUrl),
            firstUseTitle: escapeHtml(FIRST_USE.title),
            firstUseLines: FIRST_USE.h5.map(escapeHtml),
          },
        ]);
        chain.plugin('favicon').use(FaviconPlugin);
        if (process.env.NODE_ENV !== 'development') {
          chain.plugin('precompress').use(PrecompressPlugin);
          extractTaroStyles(chain);
        }
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
