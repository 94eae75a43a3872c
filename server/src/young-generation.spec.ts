import { holdYoungGenerationWhileStarting } from './young-generation.js';

describe('holdYoungGenerationWhileStarting', () => {
  const recorder = () => {
    const flags: string[] = [];
    return { flags, setV8Flags: (flag: string) => flags.push(flag) };
  };

  it("holds the young generation at its size while starting, then gives back V8's own growth factor", () => {
    const { flags, setV8Flags } = recorder();

    const release = holdYoungGenerationWhileStarting(['--enable-source-maps'], setV8Flags);
    expect(flags).toEqual(['--semi-space-growth-factor=1']);
    release();

    expect(flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);
  });

  it.each([['--semi-space-growth-factor=4'], ['--semi_space_growth_factor=4'], ['--semi-space-growth-factor']])(
    'leaves a growth factor given on the command line alone (%s)',
    (flag) => {
      const { flags, setV8Flags } = recorder();

      const release = holdYoungGenerationWhileStarting(['--max-old-space-size=256', flag], setV8Flags);
      release();

      expect(flags).toEqual([]);
    },
  );
});
