import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import {
  type CallbackField,
  chosenWindow,
  type SafeWindow,
  sameWindow,
  validateCallback,
  type WindowChoice,
  windowsWithChoice,
} from '../../domain/callback';
import { phoneDigits, SAFE_WINDOWS_MAX } from '@wac/rules';
import { shanghaiToday } from '../../domain/dates';
import { ApiError, her } from '../../services/api';
import { requestCallback } from '../../services/api.generated';
import { newIdempotencyKey } from '../../services/idempotency';
import { rememberCallback } from '../../services/recent';
import { callbackResultPage } from '../../routes';
import { useCentre } from '../centre/useCentre';
import { CALLBACK_TEXTS as T } from './texts';

export type CallbackStep = 'centre' | 'form' | 'consent' | 'send';

/** The window being put together: which day (a date or a weekday) and which time block. */
export type WindowDraft = WindowChoice;

export type SendProblem = 'limit-reached' | 'centre-not-bookable' | 'network' | 'failed';

export const SEND_PROBLEM_TEXT: Record<SendProblem, string> = {
  'limit-reached': T.limitReached,
  'centre-not-bookable': T.centreNotBookableNow,
  network: T.network,
  failed: T.failed,
};

const EMPTY_DRAFT: WindowDraft = { kind: 'date', date: null, weekday: null, range: null };

/** Maps the server's field paths (`phone`, `windows.0.from`) to the form's fields. */
function fieldOf(path: string): CallbackField | undefined {
  const head = path.split('.')[0];
  return head === 'phone' || head === 'windows' || head === 'topic' ? head : undefined;
}

const SERVER_FIELD_TEXT: Record<CallbackField, string> = {
  phone: '号码好像不对。手机号是 11 位数字；座机请加区号。',
  windows: '有一个时间不对（可能已经过去），请删掉后重新添加。',
  topic: '最多 200 个字。',
};

/**
 * The call-me-back form: centre (if none given) → number, safe times, what we may say → consent
 * → check and send. Safe defaults: we do not say who is calling and leave no message unless she says so.
 */
export function useCallbackForm(initialCode: string | undefined) {
  const [code, setCode] = useState<string | undefined>(initialCode || undefined);
  const { state: centreState, reload: reloadCentre } = useCentre(code);
  const [step, setStep] = useState<CallbackStep>(initialCode ? 'form' : 'centre');
  const [phone, setPhone] = useState('');
  const [windows, setWindows] = useState<SafeWindow[]>([]);
  const [draft, setDraft] = useState<WindowDraft>(EMPTY_DRAFT);
  const [draftMessage, setDraftMessage] = useState<string | null>(null);
  const [mayIdentify, setMayIdentify] = useState(false);
  const [mayLeaveMessage, setMayLeaveMessage] = useState(false);
  const [topic, setTopic] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CallbackField, string>>>({});
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const attemptKey = useRef<string | null>(null);

  const chooseCentre = useCallback((centreCode: string) => {
    setCode(centreCode);
    setStep('form');
  }, []);

  const updateDraft = useCallback((change: Partial<WindowDraft>) => {
    setDraftMessage(null);
    setDraft((previous) => ({ ...previous, ...change }));
  }, []);

  const addWindow = useCallback(() => {
    const window = chosenWindow(draft);
    if (!window) {
      setDraftMessage(T.addWindowNeedsChoice);
      return;
    }
    if (windows.some((existing) => sameWindow(existing, window))) {
      setDraftMessage(T.addWindowDuplicate);
      return;
    }
    if (windows.length >= SAFE_WINDOWS_MAX) {
      setDraftMessage(T.addWindowFull);
      return;
    }
    setWindows([...windows, window]);
    setErrors((previous) => ({ ...previous, windows: undefined }));
    // The same day with another time block is the likely next choice.
    setDraft({ ...draft, range: null });
    setDraftMessage(null);
  }, [draft, windows]);

  const removeWindow = useCallback((index: number) => {
    setWindows((previous) => previous.filter((_, position) => position !== index));
  }, []);

  /** Checks the form; goes on to consent only when nothing needs fixing. */
  const next = useCallback(() => {
    // New or changed answers are a new request, with a key of its own.
    attemptKey.current = null;
    // A day and time she chose but did not "add" count as added.
    const withChoice = windowsWithChoice(windows, draft);
    if (withChoice.length !== windows.length) {
      setWindows(withChoice);
      setDraft({ ...draft, range: null });
      setDraftMessage(null);
    }
    const found = validateCallback({ phone, windows: withChoice, topic }, shanghaiToday());
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setStep('consent');
    }
  }, [draft, phone, topic, windows]);

  const agreeToConsent = useCallback(() => setStep('send'), []);

  const back = useCallback(() => {
    setProblem(null);
    setStep((current) => (current === 'send' ? 'form' : current === 'consent' ? 'form' : current));
  }, []);

  const send = useCallback(() => {
    if (!code || sendingNow.current) {
      return;
    }
    sendingNow.current = true;
    setSending(true);
    setProblem(null);
    void (async () => {
      try {
        const trimmed = topic.trim();
        // A retry after a network failure sends the same key, so the centre gets one request, not two.
        attemptKey.current ??= newIdempotencyKey();
        const callback = await requestCallback(
          her,
          {
            centreCode: code,
            phone: phoneDigits(phone),
            windows,
            mayIdentify,
            mayLeaveMessage,
            ...(trimmed ? { topic: trimmed } : {}),
          },
          attemptKey.current,
        );
        rememberCallback(callback);
        await Taro.redirectTo({ url: callbackResultPage(callback.id) });
      } catch (error) {
        if (!(error instanceof ApiError)) {
          setProblem('failed');
        } else if (error.code === 'VALIDATION_FAILED') {
          const fromServer: Partial<Record<CallbackField, string>> = {};
          for (const { field } of error.fields) {
            const formField = fieldOf(field);
            if (formField) {
              fromServer[formField] = SERVER_FIELD_TEXT[formField];
            }
          }
          setErrors(fromServer);
          setStep('form');
          if (Object.keys(fromServer).length === 0) {
            setProblem('failed');
          }
        } else if (error.code === 'LIMIT_REACHED') {
          setProblem('limit-reached');
        } else if (error.code === 'CENTRE_NOT_BOOKABLE') {
          setProblem('centre-not-bookable');
        } else if (error.code === 'NETWORK') {
          setProblem('network');
        } else {
          setProblem('failed');
        }
      } finally {
        sendingNow.current = false;
        setSending(false);
      }
    })();
  }, [code, mayIdentify, mayLeaveMessage, phone, topic, windows]);

  return {
    code,
    centreState,
    reloadCentre,
    step,
    phone,
    setPhone: (value: string) => {
      setPhone(value);
      setErrors((previous) => ({ ...previous, phone: undefined }));
    },
    windows,
    draft,
    draftMessage,
    updateDraft,
    addWindow,
    removeWindow,
    mayIdentify,
    setMayIdentify,
    mayLeaveMessage,
    setMayLeaveMessage,
    topic,
    setTopic,
    errors,
    problem,
    sending,
    chooseCentre,
    next,
    agreeToConsent,
    back,
    send,
  };
}
