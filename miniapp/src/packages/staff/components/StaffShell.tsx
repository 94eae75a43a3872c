import type { PropsWithChildren } from 'react';
import { PageShell } from '../../../components/PageShell';
import { useHiddenFromCapture } from '../hooks/useHiddenFromCapture';
import '../staff.scss';

/**
 * Every staff page: the same frame as hers (quick exit on top: staff can be at risk too), kept out
 * of WeChat screen captures while it shows (numbers, notes and records are on these pages).
 *
 * Pages import it after Choice and before SummaryRow / TextField, the order the women's pages use:
 * shared styles then reach the common CSS chunk in one order (mini-css-extract-plugin warns otherwise).
 */
export function StaffShell({ children }: PropsWithChildren) {
  useHiddenFromCapture();
  return <PageShell>{children}</PageShell>;
}
