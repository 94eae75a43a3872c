import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Compiler } from 'webpack';

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the H5 build, compressed as hard as they go once, at
 * build time; the server sends the one the browser accepts (server/src/web/static-site.ts). Tiny files and the
 * licence notes (never downloaded by the app) are left alone.
 */
export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const [name, asset] of Object.entries(assets)) {
            if (!/\.(html|js|css|svg|json|ico)$/.test(name)) {
              continue;
            }
            const bytes = asset.buffer();
            if (bytes.length < 512) {
              continue;
            }
            const brotli = brotliCompressSync(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            });
            compilation.emitAsset(`${name}.br`, new sources.RawSource(brotli));
            compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipSync(bytes, { level: 9 })));
          }
        },
      );
    });
  }
}

/**
 * A plain favicon (a soft blue disc, nothing that tells what the site is for), made at build time so browsers find
 * `/favicon.ico` instead of a 404. ICO holding one 32×32 32-bit bitmap.
 */
export class FaviconPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FaviconPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FaviconPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset('favicon.ico', new sources.RawSource(favicon(32))),
      );
    });
  }
}

function favicon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Bitmaps run bottom-up; the disc is symmetric, so only the edge's softness needs the distance.
      const edge = Math.max(0, Math.min(1, size / 2 - Math.hypot(x - centre, y - centre)));
      const offset = (y * size + x) * 4;
      pixels.set([0x91, 0x4f, 0x1d, Math.round(edge * 255)], offset); // B, G, R, A: #1d4f91, the app's blue
    }
  }
  const mask = Buffer.alloc((size * size) / 8); // all visible: the alpha channel decides
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // an ICO bitmap counts the mask's rows too
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([header, pixels, mask]);
  const directory = Buffer.alloc(22);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2); // icon
  directory.writeUInt16LE(1, 4); // one image
  directory.writeUInt8(size, 6);
  directory.writeUInt8(size, 7);
  directory.writeUInt16LE(1, 10); // colour planes
  directory.writeUInt16LE(32, 12); // bits per pixel
  directory.writeUInt32LE(image.length, 14);
  directory.writeUInt32LE(22, 18);
  return Buffer.concat([directory, image]);
}

/** The part of webpack-chain's Config this file touches (Taro passes its own webpack-chain object). */
interface StyleRules {
  module: {
    rules: { has(name: string): boolean; delete(name: string): unknown };
    rule(name: string): { exclude: { clear(): unknown } };
  };
}

/**
 * Taro's base rules for the page (`@tarojs/components/global.css`: `html` and `body`, 0.5 KB) come through its own
 * style-loader rule: the scripts add a `<style>` at the top of `<head>` while the static frame is on screen, which
 * makes the browser work out every style again, and the loader's code runs first. Production builds put them in the
 * extracted `app.css` with the app's own styles instead (before them, as the entry imports them first), so they arrive
 * with the first paint and the scripts carry no style sheet.
 */
export function extractTaroStyles(chain: StyleRules): void {
  if (!chain.module.rules.has('taroStyle')) {
    throw new Error("Taro's H5 build has no 'taroStyle' rule any more: see extractTaroStyles in config/h5-assets.ts");
  }
  chain.module.rules.delete('taroStyle');
  chain.module.rule('customStyle').exclude.clear();
}
