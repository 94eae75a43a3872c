import type { PropsWithChildren } from 'react'
import { PageShell } from '../../../components/PageShell'
import { useHiddenFromCapture } from '../hooks/useHiddenFromCapture'
import '../staff.scss'

/**
 * Every staff page: the same frame as hers (quick exit on top: staff can be at risk too), kept out
 * of WeChat screen captures while it shows (numbers, notes and records are on these pages).
 */
export function StaffShell({ children }: PropsWithChildren) {
  useHiddenFromCapture()
  return <PageShell>{children}</PageShell>
}
