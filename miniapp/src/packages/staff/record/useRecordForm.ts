import type { BookableService, RecordDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { shanghaiToday } from '../../../domain/dates';
import { ApiError } from '../../../services/api';
import { rememberedProfession, rememberProfession, staff, type StaffSession } from '../../../services/staff-api';
import { correctRecord, createRecord, editRecord, getRecord } from '../../../services/staff-api.generated';
import {
  draftFromRecord,
  newDraft,
  serverFieldErrors,
  toCreateRecord,
  toRecordFields,
  validateRecord,
  type RecordDraft,
  type RecordField,
  type RecordSource,
} from '../domain/record';
import { RECORD_TEXTS as T } from './texts';

export type FormMode = 'new' | 'edit' | 'correct';

export interface RecordPageQuery {
  fromBookingId?: string;
  fromCallbackId?: string;
  date?: string;
  service?: string;
  id?: string;
  mode?: string;
}

const SERVICES: readonly string[] = ['legal', 'counselling', 'mediation'];

export function sourceOf(query: RecordPageQuery): RecordSource | undefined {
  if (query.fromBookingId) {
    return { kind: 'booking', bookingId: query.fromBookingId };
  }
  if (query.fromCallbackId) {
    return { kind: 'callback', callbackId: query.fromCallbackId };
  }
  return undefined;
}

export function modeOf(query: RecordPageQuery): FormMode {
  return query.id && (query.mode === 'edit' || query.mode === 'correct') ? query.mode : 'new';
}

/** A problem for the whole form (not one field), with what can be done about it. */
export type FormProblem = { text: string; fix?: 'drop-source' | 'correct-instead' };

export type FormState =
  | { status: 'loading' }
  | { status: 'editing' }
  | { status: 'load-failed' }
  | { status: 'saved'; record: RecordDto };

const PROBLEMS: Partial<Record<ApiError['code'], FormProblem>> = {
  SOURCE_NOT_RECORDABLE: { text: T.sourceNotRecordable, fix: 'drop-source' },
  RECORD_LOCKED: { text: T.locked, fix: 'correct-instead' },
  RECORD_SUPERSEDED: { text: T.superseded },
  RECORD_NOT_FOUND: { text: T.notFound },
  NETWORK: { text: T.network },
  VALIDATION_FAILED: { text: T.otherProblem },
};

function problemFor(error: unknown): FormProblem {
  return (error instanceof ApiError ? PROBLEMS[error.code] : undefined) ?? { text: T.failed };
}

export function useRecordForm(
  query: RecordPageQuery,
  { session, signedOut }: { session: StaffSession | undefined; signedOut: (error: unknown) => boolean },
) {
  const today = shanghaiToday();
  const needsCentre = session?.role === 'city_admin';
  const [mode, setMode] = useState<FormMode>(() => modeOf(query));
  const [source, setSource] = useState<RecordSource | undefined>(() => sourceOf(query));
  const [draft, setDraft] = useState<RecordDraft>(() =>
    newDraft({
      today,
      centreCode: session?.centreCode ?? null,
      profession: rememberedProfession(),
      source: sourceOf(query),
      date: query.date,
      service: query.service && SERVICES.includes(query.service) ? (query.service as BookableService) : undefined,
    }),
  );
  const [state, setState] = useState<FormState>(() =>
    modeOf(query) === 'new' ? { status: 'editing' } : { status: 'loading' },
  );
  const [errors, setErrors] = useState<Partial<Record<RecordField, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  /** The record being edited or corrected. */
  const recordId = query.id;

  const load = useCallback(async () => {
    if (!session || modeOf(query) === 'new' || !recordId) {
      return;
    }
    setState({ status: 'loading' });
    try {
      setDraft(draftFromRecord(await getRecord(staff, recordId)));
      setState({ status: 'editing' });
    } catch (error) {
      if (!signedOut(error)) {
        setState({ status: 'load-failed' });
      }
    }
    // The query is fixed for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, recordId, signedOut]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Changes some fields; their errors go away as they are changed. */
  const update = useCallback((changes: Partial<RecordDraft>) => {
    setDraft((previous) => ({ ...previous, ...changes }));
    // "Some answers need changing" is stale once they change something; a problem with a way out stays.
    setProblem((previous) => (previous?.fix ? previous : null));
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(changes) as RecordField[]) {
        delete next[key];
      }
      return next;
    });
  }, []);

  const submit = useCallback(async () => {
    if (busy) {
      return;
    }
    const found = validateRecord(draft, { today, needsCentre });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem({ text: T.problems });
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const record =
        mode === 'new'
          ? await createRecord(staff, toCreateRecord(draft, { needsCentre, source }))
          : mode === 'edit'
            ? await editRecord(staff, recordId as string, toRecordFields(draft))
            : await correctRecord(staff, recordId as string, toRecordFields(draft));
      if (draft.helperProfession) {
        rememberProfession(draft.helperProfession);
      }
      setState({ status: 'saved', record });
    } catch (error) {
      if (signedOut(error)) {
        return;
      }
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.fields.length > 0) {
        const mapped = serverFieldErrors(error.fields);
        setErrors(mapped.errors);
        setProblem({ text: mapped.other ? T.otherProblem : T.problems });
      } else {
        setProblem(problemFor(error));
      }
    } finally {
      setBusy(false);
    }
  }, [busy, draft, today, needsCentre, mode, source, recordId, signedOut]);

  /** After saving: a fresh walk-in record, keeping the helper's profession. */
  const another = useCallback(() => {
    setMode('new');
    setSource(undefined);
    setDraft(newDraft({ today, centreCode: session?.centreCode ?? null, profession: rememberedProfession() }));
    setErrors({});
    setProblem(null);
    setState({ status: 'editing' });
  }, [today, session]);

  const fix = useCallback(() => {
    if (problem?.fix === 'drop-source') {
      // The channel stays as chosen (a booking can be registered as one without marking it).
      setSource(undefined);
    } else if (problem?.fix === 'correct-instead') {
      setMode('correct');
    }
    setProblem(null);
  }, [problem]);

  return {
    today,
    needsCentre,
    mode,
    source,
    draft,
    state,
    errors,
    problem,
    busy,
    update,
    submit,
    another,
    fix,
    reload: load,
  };
}
