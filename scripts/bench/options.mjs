// Command-line options shared by the benchmarks.

/** `--name` from parseArgs' string `values` as a whole number from 1 to `max`; otherwise an error showing `usage`. */
export function wholeNumberOption(values, name, max, usage) {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`--${name} must be a whole number from 1 to ${max}\n${usage}`);
  }
  return value;
}
