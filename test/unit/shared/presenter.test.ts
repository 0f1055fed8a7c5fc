import { describe, expect, it } from 'vitest';
import {
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_PAGES,
  PRESENTER_PROTOCOL,
  PRESENTER_VIEWS,
  VIEW_RULES,
  createReceiver,
  createSender,
  helloMessage,
  parseMessage,
  turn,
  type PresenterMessage,
  type ProjectionState,
  type StateMessage,
} from '../../../shared/presenter.ts';

const T0 = Date.parse('2026-11-23T10:00:00.000Z');

const STATE: ProjectionState = {
  analysisId: 'a1',
  view: 'board',
  lane: 'r1',
  page: 0,
  blank: false,
  frozen: false,
  timer: { label: 'Uppvärmning', endsAt: T0 + 600_000, remainingMs: null },
};

function stateMsg(overrides: Partial<StateMessage> = {}, state: Partial<ProjectionState> = {}): StateMessage {
  return { protocol: PRESENTER_PROTOCOL, kind: 'state', session: 's1', seq: 1, sentAt: T0, state: { ...STATE, ...state }, ...overrides };
}

/** A deep copy of the good state message as a loose record, for breaking one field. */
function loose(): Record<string, unknown> & { state: Record<string, unknown> & { timer: Record<string, unknown> } } {
  return JSON.parse(JSON.stringify(stateMsg())) as ReturnType<typeof loose>;
}

function mutated(edit: (m: ReturnType<typeof loose>) => void): unknown {
  const m = loose();
  edit(m);
  return m;
}

describe('parseMessage: good messages', () => {
  const good: [label: string, msg: PresenterMessage][] = [
    ['a state with a running timer', stateMsg()],
    ['a state showing all lanes, no timer', stateMsg({}, { lane: null, timer: null })],
    ['a blank, frozen state', stateMsg({}, { blank: true, frozen: true })],
    ['a paused timer', stateMsg({}, { timer: { label: '', endsAt: null, remainingMs: 90_000 } })],
    ['a reset timer', stateMsg({}, { timer: { label: 'Paus', endsAt: null, remainingMs: null } })],
    ['the largest seq', stateMsg({ seq: Number.MAX_SAFE_INTEGER })],
    [
      'ids and label at their length limits',
      stateMsg(
        { session: 's'.repeat(MAX_ID_LENGTH) },
        {
          analysisId: 'a'.repeat(MAX_ID_LENGTH),
          lane: 'r'.repeat(MAX_ID_LENGTH),
          timer: { label: 'l'.repeat(MAX_LABEL_LENGTH), endsAt: null, remainingMs: 0 },
        },
      ),
    ],
    ['a hello', { protocol: PRESENTER_PROTOCOL, kind: 'hello', session: 'p1' }],
    ['page 3 of the board', stateMsg({}, { page: 3 })],
    ['the last page there can be', stateMsg({}, { page: MAX_PAGES - 1 })],
    ['a presenter’s page count', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p1', view: 'board', lane: 'r1', pages: 4 }],
    ['a page count for the first role', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p1', view: 'survey', lane: null, pages: 1 }],
    ['a key for the next page', { protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p1', what: 'page', step: 1 }],
    ['a key for the previous role', { protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p1', what: 'role', step: -1 }],
    ['a bye', { protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 's1' }],
  ];

  it.each(good)('accepts %s unchanged', (_label, msg) => {
    expect(parseMessage(msg)).toEqual(msg);
    // …also after a structured clone, as BroadcastChannel delivers it.
    expect(parseMessage(structuredClone(msg))).toEqual(msg);
  });

  it.each(PRESENTER_VIEWS.map((v) => [v]))('accepts the view %s', (view) => {
    expect(parseMessage(stateMsg({}, { view }))).not.toBeNull();
  });
});

describe('parseMessage: rejects', () => {
  const bad: [label: string, data: unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"protocol":2,"kind":"hello","session":"p"}'],
    ['a number', 1],
    ['an array', [1, 'hello', 'p']],
    ['an empty object', {}],
    [
      'protocol 3 (a newer app)',
      mutated((m) => {
        m.protocol = 3;
      }),
    ],
    [
      'protocol 1 (an older app, without pages)',
      mutated((m) => {
        m.protocol = 1;
      }),
    ],
    [
      'protocol 0',
      mutated((m) => {
        m.protocol = 0;
      }),
    ],
    [
      'protocol "2"',
      mutated((m) => {
        m.protocol = '2';
      }),
    ],
    [
      'no protocol',
      mutated((m) => {
        delete m.protocol;
      }),
    ],
    ['a hello of protocol 3', { protocol: 3, kind: 'hello', session: 'p' }],
    ...(
      [
        ['no page', undefined],
        ['a negative page', -1],
        ['a fractional page', 1.5],
        ['a page past the last', MAX_PAGES],
        ['a page as text', '2'],
        ['an endless page', Number.POSITIVE_INFINITY],
      ] as const
    ).map(
      ([label, page]) =>
        [
          `a state with ${label}`,
          mutated((m) => {
            m.state.page = page;
          }),
        ] as [string, unknown],
    ),
    ['a page count of 0', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p', view: 'board', lane: null, pages: 0 }],
    ['a page count past the limit', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p', view: 'board', lane: null, pages: MAX_PAGES + 1 }],
    ['a page count for an unknown view', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p', view: 'agenda', lane: null, pages: 2 }],
    ['a page count without a lane', { protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p', view: 'board', pages: 2 }],
    ['a turn of two pages', { protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p', what: 'page', step: 2 }],
    ['a turn of something else', { protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p', what: 'view', step: 1 }],
    [
      'an unknown kind',
      mutated((m) => {
        m.kind = 'reset';
      }),
    ],
    [
      'no kind',
      mutated((m) => {
        delete m.kind;
      }),
    ],
    [
      'no session',
      mutated((m) => {
        delete m.session;
      }),
    ],
    [
      'an empty session',
      mutated((m) => {
        m.session = '';
      }),
    ],
    [
      'a numeric session',
      mutated((m) => {
        m.session = 42;
      }),
    ],
    [
      'a huge session',
      mutated((m) => {
        m.session = 's'.repeat(MAX_ID_LENGTH + 1);
      }),
    ],
    ['a hello without session', { protocol: PRESENTER_PROTOCOL, kind: 'hello' }],
    ['a bye with a huge session', { protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'x'.repeat(1_000_000) }],
    [
      'seq 0',
      mutated((m) => {
        m.seq = 0;
      }),
    ],
    [
      'a negative seq',
      mutated((m) => {
        m.seq = -1;
      }),
    ],
    [
      'a fractional seq',
      mutated((m) => {
        m.seq = 1.5;
      }),
    ],
    [
      'seq NaN',
      mutated((m) => {
        m.seq = NaN;
      }),
    ],
    [
      'seq Infinity',
      mutated((m) => {
        m.seq = Infinity;
      }),
    ],
    [
      'seq beyond safe integers',
      mutated((m) => {
        m.seq = 2 ** 53;
      }),
    ],
    [
      'seq as a string',
      mutated((m) => {
        m.seq = '1';
      }),
    ],
    [
      'seq as a bigint',
      mutated((m) => {
        m.seq = 1n;
      }),
    ],
    [
      'no seq',
      mutated((m) => {
        delete m.seq;
      }),
    ],
    [
      'sentAt NaN',
      mutated((m) => {
        m.sentAt = NaN;
      }),
    ],
    [
      'sentAt Infinity',
      mutated((m) => {
        m.sentAt = Infinity;
      }),
    ],
    [
      'sentAt negative',
      mutated((m) => {
        m.sentAt = -1;
      }),
    ],
    [
      'sentAt beyond the Date range',
      mutated((m) => {
        m.sentAt = 8.64e15 + 1;
      }),
    ],
    [
      'sentAt as an ISO string',
      mutated((m) => {
        m.sentAt = new Date(T0).toISOString();
      }),
    ],
    [
      'no state',
      mutated((m) => {
        Reflect.deleteProperty(m, 'state');
      }),
    ],
    [
      'a null state',
      mutated((m) => {
        m.state = null as never;
      }),
    ],
    [
      'a state that is an array',
      mutated((m) => {
        m.state = [] as never;
      }),
    ],
    [
      'no analysisId',
      mutated((m) => {
        delete m.state.analysisId;
      }),
    ],
    [
      'an empty analysisId',
      mutated((m) => {
        m.state.analysisId = '';
      }),
    ],
    [
      'a huge analysisId',
      mutated((m) => {
        m.state.analysisId = 'a'.repeat(MAX_ID_LENGTH + 1);
      }),
    ],
    [
      'an unknown view',
      mutated((m) => {
        m.state.view = 'overview';
      }),
    ],
    [
      'a view in other case',
      mutated((m) => {
        m.state.view = 'Board';
      }),
    ],
    [
      'no view',
      mutated((m) => {
        delete m.state.view;
      }),
    ],
    [
      'no lane (instead of null)',
      mutated((m) => {
        delete m.state.lane;
      }),
    ],
    [
      'an empty lane',
      mutated((m) => {
        m.state.lane = '';
      }),
    ],
    [
      'a numeric lane',
      mutated((m) => {
        m.state.lane = 3;
      }),
    ],
    [
      'a huge lane',
      mutated((m) => {
        m.state.lane = 'r'.repeat(MAX_ID_LENGTH + 1);
      }),
    ],
    [
      'blank as a string',
      mutated((m) => {
        m.state.blank = 'false';
      }),
    ],
    [
      'blank as 0',
      mutated((m) => {
        m.state.blank = 0;
      }),
    ],
    [
      'no frozen',
      mutated((m) => {
        delete m.state.frozen;
      }),
    ],
    [
      'no timer (instead of null)',
      mutated((m) => {
        Reflect.deleteProperty(m.state, 'timer');
      }),
    ],
    [
      'a timer that is a string',
      mutated((m) => {
        m.state.timer = '10:00' as never;
      }),
    ],
    [
      'a timer without label',
      mutated((m) => {
        delete m.state.timer.label;
      }),
    ],
    [
      'a timer with a numeric label',
      mutated((m) => {
        m.state.timer.label = 5;
      }),
    ],
    [
      'a timer with a huge label',
      mutated((m) => {
        m.state.timer.label = 'l'.repeat(MAX_LABEL_LENGTH + 1);
      }),
    ],
    [
      'a timer without endsAt',
      mutated((m) => {
        delete m.state.timer.endsAt;
      }),
    ],
    [
      'endsAt NaN',
      mutated((m) => {
        m.state.timer.endsAt = NaN;
      }),
    ],
    [
      'endsAt Infinity',
      mutated((m) => {
        m.state.timer.endsAt = Infinity;
      }),
    ],
    [
      'endsAt negative',
      mutated((m) => {
        m.state.timer.endsAt = -5;
      }),
    ],
    [
      'endsAt as an ISO string',
      mutated((m) => {
        m.state.timer.endsAt = new Date(T0).toISOString();
      }),
    ],
    [
      'remainingMs NaN',
      mutated((m) => {
        m.state.timer.remainingMs = NaN;
      }),
    ],
    [
      'remainingMs -Infinity',
      mutated((m) => {
        m.state.timer.remainingMs = -Infinity;
      }),
    ],
    [
      'remainingMs negative',
      mutated((m) => {
        m.state.timer.remainingMs = -1;
      }),
    ],
    [
      'remainingMs longer than a day',
      mutated((m) => {
        m.state.timer.remainingMs = 24 * 3_600_000 + 1;
      }),
    ],
    [
      'a timer without remainingMs',
      mutated((m) => {
        delete m.state.timer.remainingMs;
      }),
    ],
  ];

  it.each(bad)('rejects %s', (_label, data) => {
    expect(parseMessage(data)).toBeNull();
  });

  it('rejects fields that are only inherited or behind getters', () => {
    const inherited = Object.create(stateMsg()) as unknown;
    expect(parseMessage(inherited)).toBeNull();
    let reads = 0;
    const withGetter = {
      ...helloMessage('p'),
      get session() {
        reads += 1;
        return 'p';
      },
    };
    expect(parseMessage(withGetter)).toBeNull();
    expect(reads).toBe(0);
  });

  it('returns null for a proxy that throws instead of throwing itself', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseMessage(hostile)).toBeNull();
  });
});

describe('parseMessage: extra and prototype keys', () => {
  it('ignores extra keys at every level and builds fresh plain objects', () => {
    const data = mutated((m) => {
      m.extra = 'x';
      m.state.more = { deep: true };
      m.state.timer.colour = 'red';
    });
    const msg = parseMessage(data);
    expect(msg).toEqual(stateMsg());
    expect(msg).not.toBe(data);
    expect(msg && msg.kind === 'state' ? msg.state : null).not.toBe((data as { state: unknown }).state);
  });

  it('never copies __proto__ or constructor, at any level', () => {
    const data = JSON.parse(
      JSON.stringify(stateMsg())
        .replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
        .replace('"state":{', '"state":{"__proto__":{"polluted":true},')
        .replace('"timer":{', '"timer":{"__proto__":{"polluted":true},'),
    ) as unknown;
    // JSON.parse makes own "__proto__" keys, as a hostile sender could.
    expect(Object.hasOwn(data as object, '__proto__')).toBe(true);
    const msg = parseMessage(data);
    expect(msg).toEqual(stateMsg());
    if (msg === null || msg.kind !== 'state' || msg.state.timer === null) throw new Error('expected a state with a timer');
    for (const obj of [msg, msg.state, msg.state.timer]) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect(Object.hasOwn(obj, '__proto__')).toBe(false);
      expect(Object.hasOwn(obj, 'constructor')).toBe(false);
      expect((obj as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('does not read fields from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.session = 'evil';
    try {
      expect(parseMessage({ protocol: PRESENTER_PROTOCOL, kind: 'hello' })).toBeNull();
    } finally {
      delete proto.session;
    }
  });
});

describe('turn', () => {
  const roles = ['r1', 'r2', 'r3'];
  it('turns pages inside the pages the projector has', () => {
    expect(turn({ lane: 'r1', page: 0 }, 'page', 1, roles, 3)).toEqual({ lane: 'r1', page: 1 });
    expect(turn({ lane: 'r1', page: 2 }, 'page', 1, roles, 3)).toEqual({ lane: 'r1', page: 2 });
    expect(turn({ lane: 'r1', page: 0 }, 'page', -1, roles, 3)).toEqual({ lane: 'r1', page: 0 });
    // Not known yet: the projector keeps the page inside what it has.
    expect(turn({ lane: 'r1', page: 5 }, 'page', 1, roles, null)).toEqual({ lane: 'r1', page: 6 });
    expect(turn({ lane: 'r1', page: MAX_PAGES - 1 }, 'page', 1, roles, null)).toEqual({ lane: 'r1', page: MAX_PAGES - 1 });
  });

  it('turns roles round the list, each starting on its first page; no role is the first', () => {
    expect(turn({ lane: 'r1', page: 2 }, 'role', 1, roles, 3)).toEqual({ lane: 'r2', page: 0 });
    expect(turn({ lane: 'r3', page: 0 }, 'role', 1, roles, 3)).toEqual({ lane: 'r1', page: 0 });
    expect(turn({ lane: 'r1', page: 0 }, 'role', -1, roles, 3)).toEqual({ lane: 'r3', page: 0 });
    expect(turn({ lane: null, page: 0 }, 'role', 1, roles, null)).toEqual({ lane: 'r2', page: 0 });
    // A role since deleted counts as the first.
    expect(turn({ lane: 'gone', page: 1 }, 'role', 1, roles, null)).toEqual({ lane: 'r2', page: 0 });
    expect(turn({ lane: null, page: 1 }, 'role', 1, [], null)).toEqual({ lane: null, page: 0 });
  });

  it('leaves a view not shown by role where it is when the role is turned, and pages it like the board', () => {
    expect(turn({ lane: 'r1', page: 2 }, 'role', 1, roles, 3, 'swot')).toEqual({ lane: 'r1', page: 2 });
    expect(turn({ lane: 'r1', page: 2 }, 'role', -1, roles, 3, 'newRoles')).toEqual({ lane: 'r1', page: 2 });
    expect(turn({ lane: 'r1', page: 1 }, 'page', 1, roles, 3, 'swot')).toEqual({ lane: 'r1', page: 2 });
    expect(turn({ lane: 'r1', page: 1 }, 'role', 1, roles, 3, 'survey')).toEqual({ lane: 'r2', page: 0 });
  });

  it('has rules for every projected view', () => {
    expect(Object.keys(VIEW_RULES).sort()).toEqual([...PRESENTER_VIEWS].sort());
  });
});

describe('createSender', () => {
  it('numbers states from 1 within its session and stamps them with the clock', () => {
    let clock = T0;
    const sender = createSender('s1', () => clock);
    const first = sender.next(STATE);
    clock += 40;
    const second = sender.next({ ...STATE, view: 'swot' });
    expect(first).toEqual({ protocol: PRESENTER_PROTOCOL, kind: 'state', session: 's1', seq: 1, sentAt: T0, state: STATE });
    expect(second.seq).toBe(2);
    expect(second.sentAt).toBe(T0 + 40);
    expect(second.state.view).toBe('swot');
    expect(parseMessage(first)).toEqual(first);
    expect(sender.bye()).toEqual({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 's1' });
    expect(helloMessage('p1')).toEqual({ protocol: PRESENTER_PROTOCOL, kind: 'hello', session: 'p1' });
  });

  it('copies the state and clips an overlong label so the message stays valid', () => {
    const sender = createSender('s1', () => T0);
    const timer = { label: 'x'.repeat(MAX_LABEL_LENGTH - 1) + '😀' + 'tail', endsAt: null, remainingMs: 1000 };
    const state: ProjectionState = { ...STATE, timer };
    const msg = sender.next(state);
    timer.remainingMs = 5;
    expect(msg.state.timer?.remainingMs).toBe(1000);
    expect(msg.state).not.toBe(state);
    // The emoji would straddle the limit: it is dropped whole, not split.
    expect(msg.state.timer?.label).toBe('x'.repeat(MAX_LABEL_LENGTH - 1));
    expect(parseMessage(msg)).toEqual(msg);
  });
});

describe('createReceiver', () => {
  const A = (seq: number, sentAt: number, state: Partial<ProjectionState> = {}): StateMessage => stateMsg({ session: 'A', seq, sentAt }, state);
  const B = (seq: number, sentAt: number, state: Partial<ProjectionState> = {}): StateMessage => stateMsg({ session: 'B', seq, sentAt }, state);

  it('follows the first session and shows each newer state', () => {
    const r = createReceiver();
    expect(r.current()).toBeNull();
    expect(r.accept(A(1, T0))).toEqual(STATE);
    expect(r.accept(A(2, T0 + 10, { view: 'survey' }))?.view).toBe('survey');
    expect(r.current()?.view).toBe('survey');
    expect(r.session()).toBe('A');
  });

  it('ignores a repeated or older seq of the same session', () => {
    const r = createReceiver();
    r.accept(A(5, T0, { lane: 'r5' }));
    expect(r.accept(A(5, T0, { lane: 'dup' }))).toBeNull();
    expect(r.accept(A(4, T0 + 99, { lane: 'old' }))).toBeNull();
    expect(r.current()?.lane).toBe('r5');
  });

  it('keeps the newest state when messages arrive out of order', () => {
    const r = createReceiver();
    const shown: (string | null)[] = [];
    for (const msg of [A(1, T0, { lane: 'r1' }), A(3, T0 + 30, { lane: 'r3' }), A(2, T0 + 20, { lane: 'r2' }), A(4, T0 + 40, { lane: null })]) {
      const state = r.accept(msg);
      if (state) shown.push(state.lane);
    }
    expect(shown).toEqual(['r1', 'r3', null]);
    expect(r.current()?.lane).toBeNull();
  });

  it('orders within a session by seq, not by sentAt (the clock may step back)', () => {
    const r = createReceiver();
    r.accept(A(1, T0));
    expect(r.accept(A(2, T0 - 5_000, { blank: true }))?.blank).toBe(true);
  });

  it('lets a newer session (a reopened facilitator window) take over, its seq starting again at 1', () => {
    const r = createReceiver();
    r.accept(A(7, T0));
    expect(r.accept(B(1, T0 + 1, { view: 'newRoles' }))?.view).toBe('newRoles');
    expect(r.session()).toBe('B');
    expect(r.accept(B(2, T0 + 2, { frozen: true }))?.frozen).toBe(true);
  });

  it('ignores another session whose message is not newer by sentAt', () => {
    const r = createReceiver();
    r.accept(A(1, T0));
    expect(r.accept(B(1, T0 - 1))).toBeNull();
    expect(r.accept(B(2, T0))).toBeNull();
    expect(r.session()).toBe('A');
  });

  it('does not let a superseded session take over again (no flip-flop between two windows)', () => {
    const r = createReceiver();
    r.accept(A(1, T0));
    r.accept(B(1, T0 + 10));
    expect(r.accept(A(2, T0 + 20))).toBeNull();
    expect(r.accept(B(2, T0 + 30, { view: 'swot' }))?.view).toBe('swot');
    expect(r.session()).toBe('B');
  });

  it('clears on the bye of the followed session, then follows whoever speaks next', () => {
    const r = createReceiver();
    r.accept(A(1, T0));
    r.accept(B(1, T0 + 10));
    expect(r.accept({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'B' })).toBeNull();
    expect(r.current()).toBeNull();
    expect(r.session()).toBeNull();
    // A state of B sent before its bye but delivered late is stale…
    expect(r.accept(B(1, T0 + 10))).toBeNull();
    // …an older state of anyone is stale…
    expect(r.accept(A(2, T0 + 5))).toBeNull();
    // …but the remaining window A, answering a hello, is followed again.
    expect(r.accept(A(3, T0 + 50, { view: 'survey' }))?.view).toBe('survey');
    expect(r.session()).toBe('A');
  });

  it('ignores the bye of a session it does not follow, and hello', () => {
    const r = createReceiver();
    r.accept(A(1, T0));
    expect(r.accept({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'B' })).toBeNull();
    expect(r.accept(helloMessage('P'))).toBeNull();
    expect(r.current()).toEqual(STATE);
    expect(r.session()).toBe('A');
  });

  it('works end to end with the sender, and a reopened window after a bye', () => {
    let clock = T0;
    const now = () => clock;
    const r = createReceiver();
    const first = createSender('w1', now);
    r.accept(first.next(STATE));
    clock += 10;
    r.accept(first.next({ ...STATE, lane: null }));
    r.accept(first.bye());
    clock += 1000;
    const reopened = createSender('w2', now);
    expect(r.accept(reopened.next({ ...STATE, view: 'swot' }))?.view).toBe('swot');
  });
});
