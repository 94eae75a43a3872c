import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveApiBase } from '../config/api-base';

const ROOT = join(__dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('the API address a build bakes in', () => {
  it('lets the H5 build call its own origin unless told otherwise', () => {
    expect(resolveApiBase('h5', { NODE_ENV: 'production' })).toBe('');
    expect(resolveApiBase('h5', { NODE_ENV: 'production', TARO_APP_API_BASE: 'https://api.example.cn' })).toBe(
      'https://api.example.cn',
    );
  });

  it('points development and local weapp builds at a local server', () => {
    expect(resolveApiBase('weapp', { NODE_ENV: 'development' })).toBe('http://127.0.0.1:3000');
    expect(resolveApiBase('weapp', { NODE_ENV: 'production', WEAPP_LOCAL_BUILD: 'true' })).toBe(
      'http://127.0.0.1:3000',
    );
  });

  it('refuses a weapp release build without an https API, saying what to set', () => {
    for (const base of [undefined, '', 'http://wac.example.cn', 'wac.example.cn', 'https://']) {
      expect(() => resolveApiBase('weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: base })).toThrow(
        /TARO_APP_API_BASE=https:\/\/.*WEAPP_LOCAL_BUILD=true/s,
      );
    }
    expect(() => resolveApiBase('weapp', { NODE_ENV: 'production', WEAPP_LOCAL_BUILD: 'yes' })).toThrow();
  });

  it('takes an https API for a weapp release build, without a trailing slash', () => {
    expect(resolveApiBase('weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: 'https://wac.example.cn/' })).toBe(
      'https://wac.example.cn',
    );
  });
});

describe('WeChat search', () => {
  it('keeps every page of the mini-program out of it', () => {
    expect(readJson('src/sitemap.json').rules).toEqual([{ action: 'disallow', page: '*' }]);
    expect(readFileSync(join(ROOT, 'src/app.config.ts'), 'utf8')).toContain("sitemapLocation: 'sitemap.json'");
  });

  // The weapp build copies the sitemap to its root and points app.json at it (npm test builds the weapp first).
  const built = existsSync(join(ROOT, 'dist/weapp/app.json')) ? it : it.skip;
  built('ships that sitemap in the weapp build', () => {
    expect(readJson('dist/weapp/app.json').sitemapLocation).toBe('sitemap.json');
    expect(readJson('dist/weapp/sitemap.json')).toEqual(readJson('src/sitemap.json'));
  });
});
