const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEY_LENGTH = 32;

function randomBytes(count: number): number[] {
  const cryptoApi = typeof globalThis.crypto === 'object' ? globalThis.crypto : undefined;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    return Array.from(cryptoApi.getRandomValues(new Uint8Array(count)));
  }
  // WeChat's JS engine has no Web Crypto. The key only has to be unique among one person's own
  // booking attempts (the server scopes it to her), so Math.random is enough here.
  return Array.from({ length: count }, () => Math.floor(Math.random() * 256));
}

/**
 * A fresh key for one booking attempt (`Idempotency-Key`, 8–64 of [A-Za-z0-9_-]). The same key is
 * sent again when the attempt is retried after a network failure, so the server books at most once.
 */
export function newIdempotencyKey(): string {
  return randomBytes(KEY_LENGTH)
    .map((byte) => ALPHABET[byte % ALPHABET.length])
    .join('');
}
