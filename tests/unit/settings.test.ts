import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pauseSettings } from '@/settings/pause';
import { PAUSE_KEY, pausedIn, watchPaused } from '@/settings/in-page';

// The content script reads storage without the storage library; these tests keep its keys and
// the declared items in step.
describe('in-page settings', () => {
  beforeEach(() => fakeBrowser.reset());
  // As the content script reads it: PAUSE_KEY among the keys of its one storage call.
  const readPaused = async (hostname: string) => pausedIn(await fakeBrowser.storage.local.get(PAUSE_KEY), hostname);

  it('is on when nothing is stored', async () => {
    expect(await readPaused('example.com')).toBe(false);
  });

  it('reads the pause switches the settings item writes', async () => {
    await pauseSettings.setValue({ everywhere: false, sites: ['example.com'] });
    expect(await readPaused('example.com')).toBe(true);
    expect(await readPaused('news.example.org')).toBe(false);
    await pauseSettings.setValue({ everywhere: true, sites: [] });
    expect(await readPaused('news.example.org')).toBe(true);
  });

  it('tells the page when its pause state changes, and stops when unsubscribed', async () => {
    const onChange = vi.fn();
    const unwatch = watchPaused('example.com', onChange);
    await pauseSettings.setValue({ everywhere: false, sites: ['example.com'] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(true));
    await pauseSettings.setValue({ everywhere: false, sites: [] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false));
    unwatch();
    const calls = onChange.mock.calls.length;
    // A watcher added after it hears the next change: by then the first would have heard it too.
    const later = vi.fn();
    watchPaused('example.com', later);
    await pauseSettings.setValue({ everywhere: true, sites: [] });
    await vi.waitFor(() => expect(later).toHaveBeenLastCalledWith(true));
    expect(onChange.mock.calls.length).toBe(calls);
  });
});

describe('remembered screening answers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('keeps answers remembered before months since quitting and the health question existed', async () => {
    const before = {
      age: '66',
      smoking: 'former',
      yearsSinceQuit: '8',
      packYearsMode: 'direct',
      packYears: '25',
      periods: [{ perDay: '', unit: 'cigarettes', years: '' }],
      symptoms: 'no',
    };
    // As version 1 stored them (WXT keeps an item's version beside it).
    await fakeBrowser.storage.local.set({ screeningAnswers: before, screeningAnswers$: { v: 1 } });
    const { rememberedScreeningAnswers } = await import('@/settings/screening-answers');
    expect(await rememberedScreeningAnswers.getValue()).toEqual({ ...before, monthsSinceQuit: '', otherHealthProblems: '' });
  });
});
