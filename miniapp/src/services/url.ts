/** `?a=1&b=2` with every key and value encoded; '' when there is nothing to add. */
export function buildQuery(params: Record<string, string>): string {
  const pairs = Object.entries(params).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
