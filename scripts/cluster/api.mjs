// The booking API as the mini-program uses it: a guest session, the availability list (slot ids), POST /api/bookings
// with an Idempotency-Key (sent again, unchanged, when she retries after an error), and 我的预约.
import { randomUUID } from 'node:crypto';

const REQUEST_TIMEOUT_MS = 30_000;

async function call(base, path, init = {}) {
  try {
    const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    let body = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { raw: text.slice(0, 200) };
    }
    return { status: response.status, body };
  } catch (error) {
    // No answer at all (connection refused or cut): what a phone sees when the server it reached died.
    return { status: 0, body: { code: error.cause?.code ?? error.name } };
  }
}

/** A new woman: her guest token and her client id (the token's subject). */
export async function newGuest(base) {
  const { status, body } = await call(base, '/api/auth/guest', { method: 'POST' });
  if (status !== 200 || !body.token) {
    throw new Error(`POST ${base}/api/auth/guest answered ${status} ${JSON.stringify(body)}`);
  }
  const payload = JSON.parse(Buffer.from(body.token.split('.')[1], 'base64url').toString('utf8'));
  return { token: body.token, clientId: payload.sub };
}

/** Slot ids of one centre and day, by `${start}|${service}`, with the places the server says remain. */
export async function slotsOf(base, centreCode, date) {
  const { status, body } = await call(base, `/api/centres/${centreCode}/availability?from=${date}&to=${date}`);
  if (status !== 200) {
    throw new Error(`availability of ${centreCode} ${date} answered ${status} ${JSON.stringify(body)}`);
  }
  const day = body.days.find((d) => d.date === date);
  return new Map((day?.slots ?? []).map((slot) => [`${slot.start}|${slot.service}`, slot]));
}

/** Every slot of one centre between two days, as a list. */
export async function slotsBetween(base, centreCode, from, to) {
  const { status, body } = await call(base, `/api/centres/${centreCode}/availability?from=${from}&to=${to}`);
  if (status !== 200) {
    throw new Error(`availability of ${centreCode} answered ${status} ${JSON.stringify(body)}`);
  }
  return body.days.flatMap((day) => day.slots.map((slot) => ({ ...slot, centreCode, date: day.date })));
}

export async function findSlot(base, centreCode, date, start, service) {
  const slot = (await slotsOf(base, centreCode, date)).get(`${start}|${service}`);
  if (!slot) {
    throw new Error(`${base} offers no ${service} slot at ${centreCode} ${date} ${start}`);
  }
  return slot;
}

/** One booking request at a slot id; `{ status, body }`, status 0 when no answer came back. */
export function book(base, token, slot, key = randomUUID()) {
  return call(base, '/api/bookings', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ slotId: slot }),
  });
}

/**
 * Books as her phone does when the network or the service fails: the same Idempotency-Key again, a moment later, up to
 * `tries` times. Resolves with every answer she got, in order (the last one is what she ends up seeing).
 */
export async function bookWithRetries(base, token, slot, { tries = 6, delayMs = 700 } = {}) {
  const key = randomUUID();
  const answers = [];
  for (let attempt = 1; attempt <= tries; attempt += 1) {
    const answer = await book(typeof base === 'function' ? base(attempt) : base, token, slot, key);
    answers.push({ ...answer, at: performance.now() });
    if (answer.status !== 0 && answer.status < 500) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  return { key, answers };
}

export async function mine(base, token) {
  return call(base, '/api/bookings/mine', { headers: { Authorization: `Bearer ${token}` } });
}

export function get(base, path) {
  return call(base, path);
}

/** Runs `task(i)` for i in 0…count-1 with at most `concurrency` in flight; resolves with the results in order. */
export async function inParallel(count, concurrency, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
