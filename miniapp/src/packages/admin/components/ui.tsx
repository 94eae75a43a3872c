import type { ReactNode } from 'react';
import type { DownloadedFile } from '../../../services/admin-api';
import { centreName, useAdmin } from '../context';
import { useAction, type Action, type DateRange } from '../hooks';
import { saveFile } from '../logic/files';
import { COMMON } from '../texts';

// Small building blocks of the console. It runs only in the browser (H5), so these are plain HTML
// elements: real labels, buttons, selects and tables that keyboards and screen readers know.

export function Field({
  label,
  children,
  hint,
  wide,
}: {
  label: string;
  children: ReactNode;
  hint?: string;
  wide?: boolean;
}) {
  return (
    <label className={`admin-field${wide ? ' admin-field--wide' : ''}`}>
      <span className="admin-field__label">{label}</span>
      {children}
      {hint ? <span className="admin-field__hint">{hint}</span> : null}
    </label>
  );
}

export function Notice({
  tone = 'info',
  children,
  testId,
}: {
  tone?: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`admin-notice admin-notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/** Loading / error / retry for a loaded block. */
export function LoadState({ loading, error, reload }: { loading: boolean; error?: string; reload?: () => void }) {
  if (error) {
    return (
      <Notice tone="error" testId="load-error">
        {error}{' '}
        {reload ? (
          <button type="button" className="admin-link-button" onClick={reload}>
            {COMMON.retry}
          </button>
        ) : null}
      </Notice>
    );
  }
  if (loading) {
    return (
      <p className="admin-muted" role="status">
        {COMMON.loading}
      </p>
    );
  }
  return null;
}

/** What became of the last change: an error, or a short confirmation. */
export function ActionOutcome({ action, testId }: { action: Action; testId?: string }) {
  if (action.error) {
    return (
      <Notice tone="error" testId={testId ? `${testId}-error` : undefined}>
        {action.error}
      </Notice>
    );
  }
  if (action.done) {
    return (
      <Notice tone="success" testId={testId ? `${testId}-done` : undefined}>
        {action.done}
      </Notice>
    );
  }
  return null;
}

/**
 * A <select> over coded values, each shown by its label: in `codes` order when given (e.g. only
 * the kinds a scope allows), else in the labels' order. `anyLabel` adds a first, empty choice
 * (a filter's "all").
 */
export function CodeSelect<T extends string, V extends T | '' = T>({
  labels,
  codes,
  value,
  onChange,
  anyLabel,
  testId,
}: {
  labels: Record<T, string>;
  codes?: readonly T[];
  value: V;
  onChange: (value: V) => void;
  anyLabel?: string;
  testId: string;
}) {
  return (
    <select
      className="admin-input"
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
      data-testid={testId}
    >
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {(codes ?? (Object.keys(labels) as T[])).map((code) => (
        <option key={code} value={code}>
          {labels[code]}
        </option>
      ))}
    </select>
  );
}

/** The from/to dates of a list's filter (`${testIdPrefix}-from`, `${testIdPrefix}-to`). */
export function DateRangeFields({ range, testIdPrefix }: { range: DateRange; testIdPrefix: string }) {
  return (
    <>
      <Field label={COMMON.from}>
        <input
          className="admin-input"
          type="date"
          value={range.from}
          onChange={(event) => range.setFrom(event.target.value)}
          data-testid={`${testIdPrefix}-from`}
        />
      </Field>
      <Field label={COMMON.to}>
        <input
          className="admin-input"
          type="date"
          value={range.to}
          onChange={(event) => range.setTo(event.target.value)}
          data-testid={`${testIdPrefix}-to`}
        />
      </Field>
    </>
  );
}

/**
 * A table of listed rows: its caption (if any), one header per column name, then the rows, or a
 * single row across all the columns saying that nothing matched.
 */
export function ListTable({
  testId,
  caption,
  columns,
  empty,
  children,
}: {
  testId: string;
  caption?: ReactNode;
  columns: readonly string[];
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <table className="admin-table" data-testid={testId}>
      {caption !== undefined ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {empty ? (
          <tr>
            <td colSpan={columns.length}>{COMMON.empty}</td>
          </tr>
        ) : null}
        {children}
      </tbody>
    </table>
  );
}

/** A centre choice for forms (city admins); centre admins see their centre as text. */
export function CentreSelect({
  value,
  onChange,
  allowAll,
  allowCity,
  testId,
  label = COMMON.centre,
}: {
  value: string;
  onChange: (code: string) => void;
  allowAll?: boolean;
  allowCity?: boolean;
  testId?: string;
  label?: string;
}) {
  const { centres, session } = useAdmin();
  if (session.role !== 'city_admin') {
    return (
      <Field label={label}>
        <span className="admin-static" data-testid={testId}>
          {centreName(centres, session.centreCode)}
        </span>
      </Field>
    );
  }
  return (
    <Field label={label}>
      <select
        className="admin-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {allowAll ? <option value="">{COMMON.allCentres}</option> : null}
        {allowCity ? <option value="*">{COMMON.cityScope}</option> : null}
        {centres.map((centre) => (
          <option key={centre.code} value={centre.code}>
            {centre.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function SectionTitle({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <h2 className="admin-section__title" data-testid={testId}>
      {children}
    </h2>
  );
}

/** A button that fetches a file with the admin's token and saves it. */
export function ExportButton({
  label,
  fetchFile,
  testId,
}: {
  label: string;
  fetchFile: () => Promise<DownloadedFile>;
  testId: string;
}) {
  const action = useAction();
  const start = () =>
    void action.run(async () => {
      const file = await fetchFile();
      saveFile(file.blob, file.fileName);
    });
  return (
    <span className="admin-export">
      <button type="button" className="admin-button" onClick={start} disabled={action.busy} data-testid={testId}>
        {action.busy ? COMMON.exporting : label}
      </button>
      {action.error ? (
        <span className="admin-inline-error" role="alert">
          {action.error}
        </span>
      ) : null}
    </span>
  );
}

/** Needs one centre: tells the city admin to choose it first. */
export function NeedsCentre({ children }: { children: ReactNode }) {
  const { centre } = useAdmin();
  if (!centre) {
    return <Notice testId="needs-centre">{COMMON.pickCentre}</Notice>;
  }
  return <>{children}</>;
}
