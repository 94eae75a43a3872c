import { BufferedJsonLogger } from './buffered-json-logger.js';

const endTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('BufferedJsonLogger', () => {
  const writes: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const record = (stream: 'stdout' | 'stderr') => (chunk: unknown) => {
    writes.push({ stream, text: String(chunk) });
    return true;
  };

  const { stdout, stderr } = process;
  const originalWrites = { stdout: stdout.write, stderr: stderr.write };

  beforeEach(() => {
    writes.length = 0;
    stdout.write = record('stdout');
    stderr.write = record('stderr');
  });
  afterEach(() => {
    BufferedJsonLogger.flush();
    stdout.write = originalWrites.stdout;
    stderr.write = originalWrites.stderr;
  });

  const logger = () => new BufferedJsonLogger({ json: true, logLevels: ['error', 'warn', 'log'] });
  const lines = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes the lines of one turn once, at its end, in the order they were logged', async () => {
    const log = logger();
    log.log({ msg: 'first', status: 200 }, 'http');
    log.log({ msg: 'second', status: 404 }, 'http');
    log.warn({ msg: 'third', attempt: 2 }, 'transactions');
    expect(writes).toEqual([]);
    await endTurn();
    expect(writes.map((w) => w.stream)).toEqual(['stdout']);
    expect(lines(writes[0]?.text ?? '')).toMatchObject([
      { level: 'log', context: 'http', message: { msg: 'first', status: 200 } },
      { level: 'log', context: 'http', message: { msg: 'second', status: 404 } },
      { level: 'warn', context: 'transactions', message: { msg: 'third', attempt: 2 } },
    ]);
    log.log({ msg: 'next turn' }, 'http');
    await endTurn();
    expect(writes).toHaveLength(2);
  });

  it('writes an error at once, after the lines logged before it', () => {
    const log = logger();
    log.log({ msg: 'before' }, 'http');
    log.error({ msg: 'failed', code: 'X' }, undefined, 'exceptions');
    expect(writes.map((w) => w.stream)).toEqual(['stdout', 'stderr']);
    expect(lines(writes[0]?.text ?? '')[0]).toMatchObject({ message: { msg: 'before' } });
    expect(lines(writes[1]?.text ?? '')[0]).toMatchObject({ level: 'error', message: { msg: 'failed', code: 'X' } });
  });

  it('writes what is pending when flushed (as at exit), and nothing more at the end of the turn', async () => {
    const log = logger();
    log.log({ msg: 'last words' }, 'shutdown');
    BufferedJsonLogger.flush();
    expect(writes).toHaveLength(1);
    await endTurn();
    expect(writes).toHaveLength(1);
  });

  it.each([
    ['a flat record of short values', { msg: 'request', status: 200, ms: 1.5, cached: true, origin: null }],
    ['a record with nested or long values', { msg: 'nested', detail: { depth: 2 }, long: 'x'.repeat(2000) }],
  ])('writes %s as Nest would', async (_kind, message) => {
    const log = logger();
    log.log(message, 'jobs');
    await endTurn();
    const buffered = writes[0]?.text;
    writes.length = 0;
    const { ConsoleLogger } = await import('@nestjs/common');
    new ConsoleLogger({ json: true, logLevels: ['log'] }).log(message, 'jobs');
    const withoutTime = (text: string | undefined) =>
      lines(text ?? '').map((line) => ({ ...line, timestamp: undefined }));
    expect(withoutTime(buffered)).toEqual(withoutTime(writes[0]?.text));
  });
});
