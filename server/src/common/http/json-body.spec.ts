import { jsonDepth } from './json-body.js';

const depth = (text: string) => jsonDepth(Buffer.from(text));

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['"text"', 0],
    ['{}', 1],
    ['[]', 1],
    ['{"a":1,"b":[1,2]}', 2],
    ['{"windows":[{"weekday":1}]}', 3],
    ['[[[[]]]]', 4],
    ['[{}, {}, [], {"a": {}}]', 3],
  ])('%s nests %i deep', (text, expected) => {
    expect(depth(text)).toBe(expected);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depth('{"topic":"[[[{{{"}')).toBe(1);
    expect(depth('{"topic":"say \\"[[[\\" twice"}')).toBe(1);
    expect(depth('{"topic":"ends with a backslash \\\\","x":[[1]]}')).toBe(3);
  });

  it('reads thousands of levels without recursion', () => {
    expect(depth(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(100_000);
  });
});
