// Page checks for the browser tests: accessibility (axe-core) and layout (nothing overlaps or is cut off).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

import { settle } from './browser';

/** Runs axe-core on what is on screen; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  // Evaluated through the DevTools protocol, not as a <script> tag, which the server's CSP rightly refuses.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
  });
}

export interface LayoutProblem {
  kind: 'overlap' | 'clipped' | 'too-small' | 'too-wide';
  detail: string;
}

/**
 * Real layout checks on the shown page: no two tappable things or text blocks overlap, no text is
 * cut off inside its box, every tappable thing is at least `minTapPx` high, and nothing is wider
 * than the screen.
 */
export async function layoutProblems(page: Page, minTapPx: number): Promise<LayoutProblem[]> {
  await settle(page);
  return page.evaluate((minTap) => {
    const problems: { kind: 'overlap' | 'clipped' | 'too-small' | 'too-wide'; detail: string }[] = [];
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find(
      (element) => getComputedStyle(element).display !== 'none',
    );
    if (!shown) {
      return [{ kind: 'too-wide' as const, detail: 'no page shown' }];
    }
    // At the top, the sticky quick-exit bar covers nothing (further down, content scrolls under it by design).
    shown.scrollTop = 0;
    const name = (element: Element) =>
      `${element.getAttribute('data-testid') ?? element.className} "${(element.textContent ?? '').trim().slice(0, 24)}"`;
    const tappable = [
      ...shown.querySelectorAll<HTMLElement>('[role="button"], [role="radio"], [role="checkbox"], .field__input'),
    ];
    const blocks = [
      ...shown.querySelectorAll<HTMLElement>(
        '.page-title, .section-title, .lead, .notice, .card, .field__label, .field__hint',
      ),
    ];
    const boxes = [...tappable, ...blocks]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, rect: element.getBoundingClientRect() }));

    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.element.contains(b.element) || b.element.contains(a.element)) {
          continue;
        }
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width > 1 && height > 1) {
          problems.push({ kind: 'overlap', detail: `${name(a.element)} and ${name(b.element)}` });
        }
      }
    }
    for (const { element, rect } of boxes) {
      if (element.scrollHeight > element.clientHeight + 2 || element.scrollWidth > element.clientWidth + 2) {
        problems.push({ kind: 'clipped', detail: name(element) });
      }
      if (tappable.includes(element) && rect.height < minTap) {
        problems.push({ kind: 'too-small', detail: `${name(element)} is ${Math.round(rect.height)}px high` });
      }
      if (rect.right > window.innerWidth + 1 || rect.left < -1) {
        problems.push({ kind: 'too-wide', detail: name(element) });
      }
    }
    return problems;
  }, minTapPx);
}
