import type { AvailabilityDto, BookableService, BookingDto } from '@wac/shared-types';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { BOOKABLE_SERVICES } from '@wac/rules';
import { type Need, slotOptions, type SlotOption } from '../../domain/booking';
import { addDays, shanghaiToday } from '../../domain/dates';
import { ApiError, her, noSession } from '../../services/api';
import { createBooking, getAvailability, listMyBookings, rescheduleBooking } from '../../services/api.generated';
import { type CentreState as CentreFetchState, useCentre } from '../centre/useCentre';
import { newIdempotencyKey } from '../../services/idempotency';
import { rememberBooking } from '../../services/recent';
import { askForNotices } from '../../services/subscribe';
import { bookingResultPage } from '../../routes';
import { BOOK_TEXTS as T } from './texts';

/** Days asked for at once: the 14-day booking window plus a week, so closed days ahead show too (server limit 31). */
const DAYS_SHOWN = 21;

export type Step = 'centre' | 'service' | 'day' | 'time' | 'details' | 'consent' | 'confirm';

export type CentreState = { status: 'choosing' } | CentreFetchState;

export type AvailabilityState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; availability: AvailabilityDto }
  | { status: 'failed' };

/** What went wrong with the last tap on confirm, shown above the step it sends her back to. */
export type Problem =
  | 'slot-taken'
  | 'already-booked'
  | 'limit-reached'
  | 'not-bookable-now'
  | 'too-soon'
  | 'centre-not-bookable'
  | 'topic-too-long'
  | 'changed-meanwhile'
  | 'too-late'
  | 'network'
  | 'failed';

export const PROBLEM_TEXT = (problem: Problem, rescheduling: boolean): string => {
  switch (problem) {
    case 'slot-taken':
      return rescheduling ? T.slotTakenReschedule : T.slotTaken;
    case 'already-booked':
      return T.alreadyBooked;
    case 'limit-reached':
      return T.limitReached;
    case 'not-bookable-now':
      return T.notBookableNow;
    case 'too-soon':
      return T.tooSoon;
    case 'centre-not-bookable':
      return T.centreNotBookableNow;
    case 'topic-too-long':
      return T.topicTooLong;
    case 'changed-meanwhile':
      return T.changedMeanwhile;
    case 'too-late':
      return T.tooLate;
    case 'network':
      return T.network;
    case 'failed':
      return T.failed;
  }
};

/** Refusals about the chosen time: fresh times are shown with the message. */
const REFUSED_TIME: Partial<Record<ApiError['code'], Problem>> = {
  SLOT_FULL: 'slot-taken',
  ALREADY_BOOKED_AT_THIS_TIME: 'already-booked',
  TOO_SOON: 'too-soon',
  SLOT_IN_PAST: 'too-soon',
  DAY_CLOSED: 'not-bookable-now',
  OUTSIDE_HOURS: 'not-bookable-now',
  TOO_FAR_AHEAD: 'not-bookable-now',
  SERVICE_NOT_OFFERED: 'not-bookable-now',
};

/** Other refusals: a message on the confirm step. */
const OTHER_PROBLEMS: Partial<Record<ApiError['code'], Problem>> = {
  LIMIT_REACHED: 'limit-reached',
  CENTRE_NOT_BOOKABLE: 'centre-not-bookable',
  BOOKING_NOT_FOUND: 'changed-meanwhile',
  BOOKING_STATUS_CONFLICT: 'changed-meanwhile',
  TOO_LATE_TO_CHANGE: 'too-late',
  NETWORK: 'network',
};

export interface BookingFlowParams {
  code?: string;
  service?: string;
  reschedule?: string;
}

function isService(value: string | undefined): value is BookableService {
  return BOOKABLE_SERVICES.includes(value as BookableService);
}

/** One booking attempt: the key is sent again, unchanged, when the same request is retried. */
interface Attempt {
  slotId: string;
  key: string;
  /** Her answer to WeChat's notice question, asked once per attempt. */
  wantsNotice: boolean;
}

/**
 * The booking flow, step by step: centre (if none given) → service → day → time → what she
 * wants to add → consent → confirm. Rescheduling skips what was given before (details, consent).
 * Only the server decides what can be booked; after any refusal the times are asked for again.
 */
export function useBookingFlow(params: BookingFlowParams) {
  const rescheduling = params.reschedule !== undefined && params.reschedule !== '';
  const initialService = isService(params.service) ? params.service : null;

  const [code, setCode] = useState<string | undefined>(params.code || undefined);
  const [step, setStep] = useState<Step>(!params.code ? 'centre' : initialService ? 'day' : 'service');
  const [service, setService] = useState<BookableService | null>(initialService);
  const [availabilityState, setAvailabilityState] = useState<AvailabilityState>({ status: 'idle' });
  const [date, setDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<SlotOption | null>(null);
  const [topic, setTopic] = useState('');
  const [needs, setNeeds] = useState<Need[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  /** Consent was given in this flow: after a refused time she goes from the new time straight to confirm. */
  const [consented, setConsented] = useState(false);
  const submittingNow = useRef(false);
  const attempt = useRef<Attempt | null>(null);
  const latestLoad = useRef(0);

  // The booking being moved: its time is shown, and her own place in it never reads 已约满.
  const [current, setCurrent] = useState<BookingDto | null>(null);
  useEffect(() => {
    if (!rescheduling) {
      return;
    }
    let live = true;
    listMyBookings(her)
      .then(({ items }) => {
        if (live) {
          setCurrent(items.find((item) => item.id === params.reschedule) ?? null);
        }
      })
      // Without it she can still move the booking; only the reminder of her current time is missing.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [params.reschedule, rescheduling]);

  // The centre: its name, address and phone appear in the summary and on the result page.
  const { state: centreFetch, reload: reloadCentre } = useCentre(code);
  const centreState: CentreState = code ? centreFetch : { status: 'choosing' };

  /** Asks for the days and times again; resolves the fresh list (or null if it failed or was overtaken). */
  const loadAvailability = useCallback(
    async (forService: BookableService): Promise<AvailabilityDto | null> => {
      if (!code) {
        return null;
      }
      const load = ++latestLoad.current;
      setAvailabilityState({ status: 'loading' });
      const from = shanghaiToday();
      try {
        const availability = await getAvailability(noSession, code, {
          from,
          to: addDays(from, DAYS_SHOWN - 1),
          service: forService,
        });
        if (load !== latestLoad.current) {
          return null;
        }
        setAvailabilityState({ status: 'loaded', availability });
        return availability;
      } catch {
        if (load === latestLoad.current) {
          setAvailabilityState({ status: 'failed' });
        }
        return null;
      }
    },
    [code],
  );

  // Times are loaded when the centre is known and the service chosen (also when both came in the link).
  useEffect(() => {
    if (code && service && centreState.status === 'loaded') {
      void loadAvailability(service);
    }
  }, [code, service, centreState.status, loadAvailability]);

  const chooseCentre = useCallback(
    (centreCode: string) => {
      setCode(centreCode);
      setStep(initialService ? 'day' : 'service');
    },
    [initialService],
  );

  const chooseService = useCallback((chosen: BookableService) => {
    setService(chosen);
    setDate(null);
    setSlot(null);
    setProblem(null);
    setStep('day');
  }, []);

  const chooseDay = useCallback((chosen: string) => {
    setDate(chosen);
    setSlot(null);
    setProblem(null);
    setStep('time');
  }, []);

  const chooseSlot = useCallback(
    (chosen: SlotOption) => {
      setSlot(chosen);
      setProblem(null);
      setStep(rescheduling || consented ? 'confirm' : 'details');
    },
    [consented, rescheduling],
  );

  const agreeToConsent = useCallback(() => {
    setConsented(true);
    setProblem(null);
    setStep('confirm');
  }, []);

  const toggleNeed = useCallback((need: Need) => {
    setNeeds((previous) => (previous.includes(need) ? previous.filter((item) => item !== need) : [...previous, need]));
  }, []);

  const goTo = useCallback((target: Step) => {
    setProblem(null);
    setStep(target);
  }, []);

  const back = useCallback(() => {
    setProblem(null);
    setStep((current) => {
      switch (current) {
        case 'centre':
        case 'service':
          return current;
        case 'day':
          return 'service';
        case 'time':
          return 'day';
        case 'details':
          return 'time';
        case 'consent':
          return 'details';
        case 'confirm':
          return rescheduling ? 'time' : 'consent';
      }
    });
  }, [rescheduling]);

  /** After the server refused a time: fresh times, and back to the same day if it still has room. */
  const refreshAfterRefusal = useCallback(
    async (nextProblem: Problem) => {
      attempt.current = null;
      setSlot(null);
      setProblem(nextProblem);
      if (!service) {
        setStep('service');
        return;
      }
      const fresh = await loadAvailability(service);
      const sameDayHasRoom =
        fresh !== null &&
        date !== null &&
        slotOptions(fresh, date, service, current ?? undefined).some((option) => option.selectable);
      setStep(sameDayHasRoom ? 'time' : 'day');
    },
    [current, date, loadAvailability, service],
  );

  const handleFailure = useCallback(
    async (error: unknown) => {
      const code = error instanceof ApiError ? error.code : undefined;
      const refusal = code ? REFUSED_TIME[code] : undefined;
      if (refusal) {
        await refreshAfterRefusal(refusal);
        return;
      }
      if (
        code === 'VALIDATION_FAILED' &&
        error instanceof ApiError &&
        error.fields.some((field) => field.field === 'topic')
      ) {
        setProblem('topic-too-long');
        setStep('details');
        return;
      }
      // NETWORK keeps the attempt's key: "再试一次" sends the very same request, so she is booked at most once.
      setProblem((code ? OTHER_PROBLEMS[code] : undefined) ?? 'failed');
    },
    [refreshAfterRefusal],
  );

  /** The confirm tap. WeChat's notice question must be asked inside the tap, before anything else. */
  const confirm = useCallback(() => {
    if (!slot || submittingNow.current) {
      return;
    }
    submittingNow.current = true;
    const reused = attempt.current && attempt.current.slotId === slot.slotId ? attempt.current : null;
    const noticeAnswer = rescheduling || reused ? Promise.resolve(reused?.wantsNotice ?? false) : askForNotices();
    setSubmitting(true);
    setProblem(null);
    void (async () => {
      const wantsNotice = await noticeAnswer;
      const current: Attempt = reused ?? { slotId: slot.slotId, key: newIdempotencyKey(), wantsNotice };
      attempt.current = current;
      try {
        let booking: BookingDto;
        if (rescheduling && params.reschedule) {
          booking = await rescheduleBooking(her, params.reschedule, { slotId: slot.slotId });
        } else {
          const trimmed = topic.trim();
          booking = await createBooking(
            her,
            {
              slotId: slot.slotId,
              ...(trimmed ? { topic: trimmed } : {}),
              contactPreference: current.wantsNotice ? 'wechat_notice' : 'in_app',
              ...(needs.length > 0 ? { needs } : {}),
            },
            current.key,
          );
        }
        attempt.current = null;
        rememberBooking(booking);
        await Taro.redirectTo({ url: bookingResultPage(booking.id, rescheduling) });
      } catch (error) {
        await handleFailure(error);
      } finally {
        submittingNow.current = false;
        setSubmitting(false);
      }
    })();
  }, [handleFailure, needs, params.reschedule, rescheduling, slot, topic]);

  const retryAvailability = useCallback(() => {
    if (service) {
      void loadAvailability(service);
    }
  }, [loadAvailability, service]);

  return {
    rescheduling,
    current,
    code,
    centreState,
    step,
    service,
    availabilityState,
    date,
    slot,
    topic,
    needs,
    problem,
    submitting,
    chooseCentre,
    chooseService,
    chooseDay,
    chooseSlot,
    setTopic,
    toggleNeed,
    agreeToConsent,
    goTo,
    back,
    confirm,
    reloadCentre,
    retryAvailability,
  };
}
