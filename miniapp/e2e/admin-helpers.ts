// Helpers for the admin console's browser tests: a desktop browser, the server's API with an admin token,
// and readers for the files the console exports (CSV, and XLSX through a small ZIP reader).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, api as callApi, loginToken, shanghaiToday, type ApiMethod } from './support/api';
import { BASE_URL, launchChromium } from './support/browser';

export { addDays, loginToken, shanghaiToday };

export const CONSOLE_URL = () => `${BASE_URL}/#/packages/admin/pages/home/index`;
export const CITY_ADMIN = { username: 'admin', password: 'demo-admin-2026' };
const SCREENSHOT_DIR = join(__dirname, '../test-results/screenshots');

/** A fresh, offline Chromium on a desktop-sized screen; downloads are kept for the test to read. */
export async function openDesktop(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchChromium('wac-admin-', {
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(BASE_URL) ? route.continue() : route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  // Confirmation dialogs (停用, 复制一周, 删除) are accepted.
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page };
}

/** The whole console: Taro's H5 page scrolls inside its own box, so the window is made as tall as the console first. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1366, height: 900 };
  const height = await page.evaluate(() => document.querySelector('.admin')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.min(6000, Math.max(viewport.height, height)) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** The console's sections, in the order of its navigation (`nav-<key>` opens `section-<key>`). */
export const CONSOLE_SECTIONS = [
  'centres',
  'staff',
  'roster',
  'calendar',
  'template',
  'bookings',
  'records',
  'events',
  'reports',
  'audit',
] as const;

/** Opens the console and signs in through its form. */
export async function signIn(page: Page, { username, password } = CITY_ADMIN): Promise<void> {
  await page.goto(CONSOLE_URL());
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('admin-console').waitFor();
}

/** The admin tests' shorthand for a call to the server: the token and the body as plain arguments. */
export function api<T>(method: ApiMethod, path: string, token?: string, body?: unknown): Promise<T> {
  return callApi<T>(method, path, { token, body });
}

/** The month before this one in Quanzhou ('YYYY-MM'): wholly in the past, so records may be dated in it. */
export function previousMonth(): string {
  const [year, month] = shanghaiToday().split('-').map(Number);
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

/** A table's body as text cells (header cells of rows included), as the admin sees it. */
export async function tableCells(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())),
    );
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), without the UTF-8 BOM Excel needs. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') {
        i += 1;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The files inside a ZIP archive (an XLSX is one), read from its central directory. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) {
    end -= 1;
  }
  if (end < 0) {
    throw new Error('not a zip archive');
  }
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error('broken zip directory');
    }
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function xmlText(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The first worksheet of an XLSX as rows of text (shared and inline strings, numbers). */
export function readFirstSheet(xlsx: Buffer): string[][] {
  const files = unzip(xlsx);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (match) => [...match[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((text) => xmlText(text[1])).join(''),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml')?.toString('utf8');
  if (!sheet) {
    throw new Error('no first worksheet');
  }
  const columnIndex = (ref: string) =>
    [...ref.replace(/\d+/g, '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const cell of row[1].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, ref, attributes, body = ''] = cell;
      const type = /t="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      cells[columnIndex(ref)] =
        type === 's' && value !== undefined ? shared[Number(value)] : xmlText(inline ?? value ?? '');
    }
    return Array.from(cells, (cell) => cell ?? '');
  });
}
