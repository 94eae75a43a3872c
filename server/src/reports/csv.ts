/** RFC 4180 CSV with a byte-order mark, so Excel opens the Chinese text correctly. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): Buffer {
  const cell = (value: string | number | boolean | null) => {
    const text = value === null ? '' : String(value);
    // A leading = + - @ would be run as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
