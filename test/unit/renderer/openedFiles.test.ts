import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incomingErrorText, incomingFromOpened } from '../../../renderer/files/incoming.ts';
import { createTranslator, loadDictionary } from '../../../renderer/i18n/i18n.ts';
import { openedFilesInbox } from '../../../renderer/platform/openedFilesInbox.ts';
import { MAX_FILE_BYTES } from '../../../shared/exchange/restore.ts';
import type { DesktopOpenedFilesApi, OpenedFile } from '../../../shared/ipc.ts';

/** main's side of the bridge: files waiting to be taken, and the "arrived" signal. */
function fakeMain() {
  let waiting: OpenedFile[] = [];
  const signals = new Set<() => void>();
  let takes = 0;
  const api: DesktopOpenedFilesApi = {
    take: async () => {
      takes += 1;
      const taken = waiting;
      waiting = [];
      return taken;
    },
    onOpened: (listener) => {
      signals.add(listener);
      return () => signals.delete(listener);
    },
  };
  return {
    api,
    takes: () => takes,
    /** A file arrives in main, which tells the page. */
    arrive(...files: OpenedFile[]) {
      waiting = [...waiting, ...files];
      for (const signal of signals) signal();
    },
    /** A file arrives before the page listens. */
    queue(...files: OpenedFile[]) {
      waiting = [...waiting, ...files];
    },
  };
}

const file = (name: string): OpenedFile => ({ ok: true, name, text: '{}' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the opened-files inbox (desktop)', () => {
  it('asks main only once something listens, then hands over the files from before, and later ones as they come', async () => {
    const main = fakeMain();
    main.queue(file('start.akr'));
    const subscribe = openedFilesInbox(main.api);
    await settle();
    expect(main.takes()).toBe(0);
    const batches: string[][] = [];
    subscribe((files) => batches.push(files.map((f) => f.name)));
    await settle();
    main.arrive(file('a.akr'), file('b.akr'));
    await settle();
    expect(batches).toEqual([['start.akr'], ['a.akr', 'b.akr']]);
  });

  it('loses no file taken while nothing listens (a view unmounted and mounted again)', async () => {
    const main = fakeMain();
    main.queue(file('start.akr'));
    const subscribe = openedFilesInbox(main.api);
    const first: string[] = [];
    // Subscribed and gone again before main answered, as React's StrictMode does.
    const unsubscribe = subscribe((files) => first.push(...files.map((f) => f.name)));
    unsubscribe();
    await settle();
    main.arrive(file('meanwhile.akr'));
    await settle();
    const second: string[] = [];
    subscribe((files) => second.push(...files.map((f) => f.name)));
    expect(first).toEqual([]);
    expect(second).toEqual(['start.akr', 'meanwhile.akr']);
  });

  it('keeps the files in main when taking them fails', async () => {
    const main = fakeMain();
    main.queue(file('a.akr'));
    const subscribe = openedFilesInbox({ take: () => Promise.reject(new Error('window closing')), onOpened: (listener) => main.api.onOpened(listener) });
    const got: OpenedFile[] = [];
    subscribe((files) => got.push(...files));
    await settle();
    expect(got).toEqual([]);
    await expect(main.api.take()).resolves.toEqual([file('a.akr')]);
  });
});

describe('an opened file on its way to the preview', () => {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/files/format-v5.akr.json'), 'utf8');

  it('a readable analysis file goes to the preview, read and checked', () => {
    const incoming = incomingFromOpened({ ok: true, name: 'Solrosen.akr.json', text });
    expect('file' in incoming && incoming.file.analyses.map((a) => a.analysis.unitName)).toEqual(['Förskolan Solrosen']);
  });

  it('a damaged one is refused with what is wrong', () => {
    expect(incomingFromOpened({ ok: true, name: 'trasig.akr', text: text.slice(0, 100) })).toEqual({ name: 'trasig.akr', error: { code: 'truncated' } });
  });

  it('what main refused is said in Swedish and in English', async () => {
    await loadDictionary('en');
    const sv = createTranslator('sv');
    const en = createTranslator('en');
    const refused = (problem: 'wrongType' | 'notAFile' | 'tooLarge' | 'unreadable', size?: number) => {
      const incoming = incomingFromOpened({ ok: false, name: 'x.akr', problem, detail: 'for the log', ...(size === undefined ? {} : { size }) });
      if (!('error' in incoming)) throw new Error('not refused');
      return [incomingErrorText(sv, incoming.error), incomingErrorText(en, incoming.error)];
    };
    expect(refused('wrongType')).toEqual([
      'AKR Studio öppnar bara analysfiler, alltså filer vars namn slutar på .akr. Inget har ändrats.',
      'AKR Studio only opens analysis files, that is files whose names end in .akr. Nothing was changed.',
    ]);
    expect(refused('notAFile')[0]).toMatch(/^Det här är ingen vanlig fil utan en länk, en mapp/);
    expect(refused('notAFile')[1]).toMatch(/^This is not an ordinary file but a link, a folder/);
    expect(refused('tooLarge', MAX_FILE_BYTES + 30 * 1024 * 1024)).toEqual([
      'Filen är 130 MB. Den får vara högst 100 MB.',
      'The file is 130 MB. It may be at most 100 MB.',
    ]);
    expect(refused('unreadable')[0]).toMatch(/^Filen gick inte att läsa/);
  });
});
