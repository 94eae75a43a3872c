import { ConsoleLogger } from '@nestjs/common';

type JsonPrintOptions = Parameters<ConsoleLogger['printAsJson']>[1];

const SHORT = 1000;

function isFlatRecord(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || Object.getPrototypeOf(message) !== Object.prototype) {
    return false;
  }
  return Object.values(message).every(
    (value) =>
      value === null ||
      typeof value === 'boolean' ||
      typeof value === 'number' ||
      (typeof value === 'string' && value.length < SHORT),
  );
}

/**
 * Nest's JSON logger, writing standard output once per turn of the event loop instead of once per line: under load
 * the server logs a line per request, and each write to a pipe or file is a system call of its own. Lines keep their
 * order; they are written before the next turn begins, and at exit. Errors (standard error) go out at once.
 */
export class BufferedJsonLogger extends ConsoleLogger {
  private static pending: string[] = [];
  private static flushing = false;

  static flush(): void {
    BufferedJsonLogger.flushing = false;
    if (BufferedJsonLogger.pending.length === 0) {
      return;
    }
    const lines = BufferedJsonLogger.pending.join('');
    BufferedJsonLogger.pending = [];
    process.stdout.write(lines);
  }

  protected override printAsJson(message: unknown, options: JsonPrintOptions): void {
    const asNestWould = this.options.forceConsole || this.options.colors || this.inspectOptions.compact !== true;
    if (options.writeStreamType === 'stderr' || asNestWould) {
      BufferedJsonLogger.flush();
      super.printAsJson(message, options);
      return;
    }
    const logObject = this.getJsonLogObject(message, options);
    // A flat record of short plain values (a request's line) serialises the same without Nest's guarded replacer.
    const line = isFlatRecord(message) ? JSON.stringify(logObject) : this.stringifyJsonLogObject(logObject);
    BufferedJsonLogger.pending.push(`${line}\n`);
    if (!BufferedJsonLogger.flushing) {
      BufferedJsonLogger.flushing = true;
      setImmediate(BufferedJsonLogger.flush);
    }
  }
}

process.on('exit', BufferedJsonLogger.flush);
