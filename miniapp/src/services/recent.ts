import type { BookingDto, CallbackDto } from '@wac/shared-types';

// What was just made, kept in memory only (never stored), so the result page can show it at once
// without asking the server again. After a restart the result page asks the server.

let lastBooking: BookingDto | undefined;
let lastCallback: CallbackDto | undefined;

export function rememberBooking(booking: BookingDto): void {
  lastBooking = booking;
}

export function recentBooking(id: string): BookingDto | undefined {
  return lastBooking?.id === id ? lastBooking : undefined;
}

export function rememberCallback(callback: CallbackDto): void {
  lastCallback = callback;
}

export function recentCallback(id: string): CallbackDto | undefined {
  return lastCallback?.id === id ? lastCallback : undefined;
}

/** Forgets both (after 清除本机数据). */
export function forgetRecent(): void {
  lastBooking = undefined;
  lastCallback = undefined;
}
