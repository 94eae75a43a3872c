import { leaveSite } from './browser';

// jsdom cannot navigate, so these tests stop short of window.location.replace (the timers that
// would reach it are never run) and check what happens before it.
describe('leaveSite', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    document.documentElement.style.visibility = '';
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('blanks the screen at once and steps back over the pages opened in this visit', () => {
    const go = jest.spyOn(window.history, 'go').mockImplementation(() => undefined);

    leaveSite('https://neutral.example/', 2);

    expect(document.documentElement.style.visibility).toBe('hidden');
    expect(go).toHaveBeenCalledWith(-2);
  });
});
