/**
 * The phone page: what a person in the room sees on their phone, served by
 * the room server (electron/room/server.ts) at / and /room.js.
 *
 * Browsers: iOS Safari 15 and Chrome 100 or newer. Nothing newer than those
 * is used (no Array.prototype.at, Object.hasOwn, structuredClone,
 * AbortSignal.timeout, :has(), dialog or container queries); the bundle is
 * built for ['safari15', 'chrome100'], and test/unit/phone/bundle.test.ts
 * looks for the newer calls in the built script. The room is plain http on
 * the local network, not a secure context: crypto.randomUUID and service
 * workers are missing there.
 *
 * Plain DOM, no framework: the page must stay small (≤ 50 KB gzipped).
 * Everything shown is text (textContent and text nodes only).
 */
import type { Activity, PollColour, Refusal, Submission } from '../shared/room/protocol.ts';
import type { Quadrant } from '../shared/vocabulary.ts';
import { el, uid } from './dom.ts';
import { newId } from './ids.ts';
import { readCode, tokenFromHash } from './join.ts';
import { PHONE_LIMITS } from './limits.ts';
import { drain, resultOf, retryDelay, withoutSettled, type SendResult } from './outbox.ts';
import { loadState, saveState, stateForToken, type RoomState } from './store.ts';
import { emptySurveyDraft, surveySubmission, typedTotal, valueProblems, type SurveyActivity, type SurveyDraft } from './survey.ts';
import { defaultLang, formatNumber, joinRefusalText, refusalText, say, sayCount, type Key, type Lang } from './text.ts';
import { addDot, dotNoteIds, placed, removeDot, screenFor, unsent, type Screen } from './view.ts';

const POLL_COLOURS: readonly PollColour[] = ['green', 'yellow', 'red', 'black'];
const LANG_KEY = 'akr-phone-lang';
/** How long one request may take before it counts as "no connection". */
const REQUEST_TIMEOUT_MS = 15_000;

const storage: Storage | null = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
const memory = new Map<string, string>();
/** localStorage, or memory when the browser refuses it (then a reload loses drafts, nothing else changes). */
const store = {
  getItem: (key: string) => (storage ? storage.getItem(key) : (memory.get(key) ?? null)),
  setItem: (key: string, value: string) => {
    if (storage) storage.setItem(key, value);
    else memory.set(key, value);
  },
};

// ---- State ----

let lang: Lang = (() => {
  const kept = (() => {
    try {
      return store.getItem(LANG_KEY);
    } catch {
      return null;
    }
  })();
  return kept === 'sv' || kept === 'en' ? kept : defaultLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
})();

const randomId = () => newId(window.crypto);

let state: RoomState | null = loadState(store);
{
  // The QR link's token: read it, then take it out of the address bar (and of the history).
  const token = tokenFromHash(location.hash);
  if (token !== null) {
    state = stateForToken(state, token, randomId);
    history.replaceState(null, '', location.pathname + location.search);
  } else if (location.hash !== '') {
    history.replaceState(null, '', location.pathname + location.search);
  }
}
let activity: Activity = state?.activity ?? { kind: 'none' };
/** The live channel is open and the browser says it is online. */
let connected = false;
/** Why the phone was sent back to joining (its token refused, the room closed), shown there. */
let outReason: Key | null = null;

/** The state as it is now (after an await, the room may have been left meanwhile). */
const current = (): RoomState | null => state;

/** A record without one key. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) out[k] = v;
  return out;
}

const save = () => {
  if (state) saveState(store, state);
};

// ---- Page skeleton ----

const app = document.getElementById('app') ?? document.body;
const heading = el('h1', {}, '');
const langButton = el('button', { type: 'button', class: 'lang' }, '');
const banner = el('div', { class: 'banner', role: 'status', hidden: true });
const view = el('main', { id: 'view' });
/** Says "sent" / "saved on the phone" to screen readers, and shows it. */
const notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
/** Refusals (what the room would not take). */
const alertBox = el('p', { class: 'alert', role: 'alert' });
app.replaceChildren(el('header', {}, heading, langButton), banner, alertBox, view, notice);

let noticeTimer = 0;
function announce(key: Key) {
  // Cleared first, so the same words said twice are announced twice.
  notice.textContent = '';
  window.clearTimeout(noticeTimer);
  noticeTimer = window.setTimeout(() => {
    notice.textContent = say(lang, key);
  }, 50);
}

function showAlert(text: string) {
  alertBox.textContent = text;
}

langButton.addEventListener('click', () => {
  lang = lang === 'sv' ? 'en' : 'sv';
  try {
    store.setItem(LANG_KEY, lang);
  } catch {
    // The choice then lasts until the page reloads.
  }
  alertBox.textContent = '';
  notice.textContent = '';
  render(true);
});

// ---- Sending ----

async function request(path: string, init: RequestInit): Promise<Response> {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    return await fetch(path, { ...init, cache: 'no-store', credentials: 'omit', signal: controller.signal });
  } finally {
    window.clearTimeout(timer);
  }
}

async function post(submission: Submission, token: string): Promise<SendResult> {
  const res = await request('/api/submissions', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
  const body: unknown = await res.json().catch(() => null);
  return resultOf(res.status, body);
}

let flushing = false;
let flushAttempt = 0;
let flushTimer = 0;

/** Sends the outbox; what is left is tried again later, and at once when the connection is back. */
async function flush(): Promise<void> {
  if (!state || flushing || state.outbox.length === 0) return;
  flushing = true;
  window.clearTimeout(flushTimer);
  const token = state.token;
  const report = await drain(state.outbox.slice(), (s) => post(s, token));
  flushing = false;
  const now = current();
  if (now?.token !== token) return;
  state = now;
  state.outbox = withoutSettled(state.outbox, report);
  save();
  if (report.sent.length > 0) announce('live.sent');
  for (const { submission, refusal } of report.refused) refused(submission, refusal);
  if (report.out !== null) {
    leaveRoom(report.out === 'closed' ? 'join.closed' : 'join.left');
    return;
  }
  if (report.left.length > 0) {
    announce('live.saved');
    flushTimer = window.setTimeout(() => void flush(), retryDelay(flushAttempt++));
  } else {
    flushAttempt = 0;
    // Something queued while this round was sending.
    if (state.outbox.length > 0) void flush();
  }
  render();
}

/** The room will never take this submission: say so, and give back what it used. */
function refused(submission: Submission, refusal: Refusal) {
  if (!state) return;
  if (submission.kind === 'dots' && refusal !== 'overBudget') {
    state.spent[submission.activityId] = Math.max(0, (state.spent[submission.activityId] ?? 0) - submission.noteIds.length);
  }
  if (submission.kind === 'poll' && refusal !== 'alreadyVoted') {
    state.voted = without(state.voted, submission.activityId);
  }
  save();
  showAlert(refusalText(lang, refusal));
}

function queue(submission: Submission) {
  if (!state) return;
  state.outbox.push(submission);
  save();
  alertBox.textContent = '';
  if (!connected) announce('live.saved');
  void flush();
}

// ---- Live channel ----

let source: EventSource | null = null;
/** Counts goLive calls: of two at once (the online event and a retry timer), only the later opens a channel. */
let liveGeneration = 0;
let liveAttempt = 0;
let liveTimer = 0;

function setConnected(next: boolean) {
  connected = next && navigator.onLine;
  renderBanner();
}

function isActivity(value: unknown): value is Activity {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function setActivity(next: Activity) {
  activity = next;
  if (state) {
    state.activity = next;
    save();
  }
  render();
}

function closeLive() {
  window.clearTimeout(liveTimer);
  if (source) {
    source.close();
    source = null;
  }
}

function scheduleLive() {
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => void goLive(), retryDelay(liveAttempt++));
}

/**
 * Opens the live channel. The room is asked first with a plain request, which
 * tells a refused token or a closed room (EventSource hides the status) from
 * a dropped connection, which is retried with backoff.
 */
async function goLive(): Promise<void> {
  closeLive();
  if (!state) return;
  const generation = ++liveGeneration;
  const token = state.token;
  let res: Response;
  try {
    res = await request('/api/activity', { headers: { authorization: `Bearer ${token}` } });
  } catch {
    if (generation !== liveGeneration) return;
    setConnected(false);
    scheduleLive();
    return;
  }
  if (generation !== liveGeneration || current()?.token !== token) return;
  if (res.status === 401 || res.status === 410) {
    leaveRoom(res.status === 410 ? 'join.closed' : 'join.left');
    return;
  }
  if (!res.ok) {
    setConnected(false);
    scheduleLive();
    return;
  }
  const body: unknown = await res.json().catch(() => null);
  if (generation !== liveGeneration) return;
  const first = typeof body === 'object' && body !== null ? (body as { activity?: unknown }).activity : undefined;
  if (isActivity(first)) setActivity(first);
  const es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  source = es;
  es.addEventListener('open', () => {
    liveAttempt = 0;
    setConnected(true);
    void flush();
  });
  es.addEventListener('activity', (event) => {
    let next: unknown;
    try {
      next = JSON.parse((event as MessageEvent<string>).data);
    } catch {
      return;
    }
    if (isActivity(next)) setActivity(next);
  });
  es.addEventListener('error', () => {
    // The browser's own reconnection is replaced by ours, which first asks whether the room still knows the phone.
    if (source !== es) return;
    setConnected(false);
    closeLive();
    scheduleLive();
  });
}

window.addEventListener('offline', () => {
  setConnected(false);
});
window.addEventListener('online', () => {
  liveAttempt = 0;
  flushAttempt = 0;
  void goLive();
  void flush();
});

/** Back to joining: the room no longer knows this phone. The outbox stays, in case the same room lets it in again. */
function leaveRoom(reason: Key) {
  liveGeneration += 1;
  closeLive();
  setConnected(false);
  outReason = reason;
  state = null;
  activity = { kind: 'none' };
  render();
}

async function join(code: string): Promise<{ ok: true } | { ok: false; refusal: Refusal | 'offline' }> {
  let res: Response;
  try {
    res = await request('/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  } catch {
    return { ok: false, refusal: 'offline' };
  }
  const body: unknown = await res.json().catch(() => null);
  const record = typeof body === 'object' && body !== null ? (body as { token?: unknown; error?: unknown }) : {};
  if (res.ok && typeof record.token === 'string') {
    state = stateForToken(loadState(store), record.token, randomId);
    save();
    outReason = null;
    activity = state.activity;
    render();
    void goLive();
    return { ok: true };
  }
  return { ok: false, refusal: typeof record.error === 'string' ? (record.error as Refusal) : 'busy' };
}

// ---- Rendering ----

let shownKey = '';
let updateView: (() => void) | null = null;

function renderBanner() {
  const offline = state !== null && !connected;
  banner.hidden = !offline;
  if (!offline) {
    banner.replaceChildren();
    return;
  }
  const waitingCount = state?.outbox.length ?? 0;
  banner.replaceChildren(
    el('strong', {}, say(lang, 'offline.title')),
    ' ',
    say(lang, 'offline.body'),
    ...(waitingCount > 0 ? [el('span', { class: 'banner__count' }, ` ${sayCount(lang, 'offline.waiting', waitingCount)}`)] : []),
  );
}

function screenKey(screen: Screen): string {
  const id = activity.kind === 'none' ? '' : activity.id;
  return `${lang}|${screen.kind}|${id}`;
}

/** Shows the screen for what is open; rebuilt only when the screen changes, so typing is never interrupted. */
function render(force = false) {
  document.documentElement.lang = lang;
  document.title = say(lang, 'title');
  heading.textContent = say(lang, 'title');
  langButton.textContent = say(lang, 'switchTo');
  langButton.setAttribute('lang', say(lang, 'switchToLang'));
  renderBanner();
  const screen = screenFor(state, activity);
  const key = screenKey(screen);
  if (!force && key === shownKey) {
    updateView?.();
    return;
  }
  const first = shownKey === '';
  shownKey = key;
  updateView = null;
  const built = build(screen);
  view.replaceChildren(...built.nodes);
  updateView = built.update ?? null;
  updateView?.();
  // A new screen is announced by moving to its heading (not on the first load, nor on a language switch).
  const title = view.querySelector<HTMLElement>('h2');
  if (!first && !force && title) title.focus();
}

interface Built {
  nodes: Node[];
  update?: () => void;
}

function build(screen: Screen): Built {
  switch (screen.kind) {
    case 'join':
      return buildJoin();
    case 'waiting':
      return { nodes: [h2('waiting.title'), el('p', {}, say(lang, 'waiting.body'))] };
    case 'survey':
      return activity.kind === 'survey' ? buildSurvey(activity) : { nodes: [] };
    case 'surveyDone': {
      const text = el('p', { class: 'done' });
      const id = activity.kind === 'none' ? '' : activity.id;
      return {
        nodes: [h2('survey.title'), text],
        update: () => {
          text.textContent = say(lang, state && unsent(state, id) > 0 ? 'survey.doneWaiting' : 'survey.done');
        },
      };
    }
    case 'swot':
      return activity.kind === 'swot' ? buildSwot(activity) : { nodes: [] };
    case 'dots':
      return activity.kind === 'dots' ? buildDots(activity) : { nodes: [] };
    case 'dotsDone':
      return { nodes: [h2('dots.title'), el('p', { class: 'done' }, say(lang, 'dots.done'))] };
    case 'poll':
      return activity.kind === 'poll' ? buildPoll(activity) : { nodes: [] };
    case 'pollDone': {
      const colour = activity.kind === 'poll' && state ? state.voted[activity.id] : undefined;
      return { nodes: [h2('poll.title'), el('p', { class: 'done' }, say(lang, 'poll.done', { colour: colour ? colourLabel(colour) : '' }))] };
    }
  }
}

const h2 = (key: Key) => el('h2', { tabindex: '-1' }, say(lang, key));

function colourLabel(colour: PollColour): string {
  return `${say(lang, `colour.${colour}`)} – ${say(lang, `colour.${colour}.short`)}`;
}

function buildJoin(): Built {
  const inputId = uid('code');
  const hintId = uid('hint');
  const errorId = uid('error');
  const input = el('input', {
    id: inputId,
    name: 'code',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: '9',
    'aria-describedby': `${hintId} ${errorId}`,
    class: 'code',
  });
  const error = el('p', { id: errorId, class: 'field-error' });
  if (outReason) error.textContent = say(lang, outReason);
  const button = el('button', { type: 'submit', class: 'primary' }, say(lang, 'join.submit'));
  const form = el(
    'form',
    { novalidate: true },
    el('label', { for: inputId }, say(lang, 'join.code')),
    el('p', { id: hintId, class: 'hint' }, say(lang, 'join.intro')),
    input,
    error,
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = readCode(input.value);
    if (code === null) {
      error.textContent = say(lang, 'join.badCode');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    button.disabled = true;
    button.textContent = say(lang, 'join.joining');
    void join(code).then((result) => {
      if (result.ok) return;
      button.disabled = false;
      button.textContent = say(lang, 'join.submit');
      error.textContent = joinRefusalText(lang, result.refusal);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    });
  });
  return { nodes: [h2('join.title'), form] };
}

/** A text field or area with its label and an error line, the draft kept on every keystroke. */
function field(
  kind: 'input' | 'textarea',
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: { hint?: string; inputmode?: string; maxlength?: number; cls?: string } = {},
) {
  const id = uid('f');
  const errorId = uid('e');
  const hintId = options.hint ? uid('h') : null;
  const control = el(kind, {
    id,
    class: options.cls ?? '',
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    ...(kind === 'input' ? { type: 'text', inputmode: options.inputmode ?? 'text', autocomplete: 'off' } : { rows: '3' }),
    ...(options.maxlength ? { maxlength: String(options.maxlength) } : {}),
  });
  control.value = value;
  control.addEventListener('input', () => onInput(control.value));
  const error = el('p', { id: errorId, class: 'field-error' });
  const wrap = el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    hintId ? el('p', { id: hintId, class: 'hint' }, options.hint ?? '') : null,
    control,
    error,
  );
  const setError = (text: string) => {
    error.textContent = text;
    if (text === '') control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
  };
  return { wrap, control, setError };
}

function buildSurvey(survey: SurveyActivity): Built {
  const s = state;
  if (!s) return { nodes: [] };
  const draft: SurveyDraft = s.survey[survey.id] ?? emptySurveyDraft();
  // With one role there is nothing to choose.
  const only = survey.roles.length === 1 ? survey.roles[0] : undefined;
  if (draft.role === '' && only) draft.role = only.name;
  s.survey[survey.id] = draft;
  const percent = survey.questions.unit === 'percent';

  const roleFieldset = el('fieldset', { class: 'choices' }, el('legend', {}, say(lang, 'survey.role')));
  const roleName = `role-${survey.id}`;
  for (const role of survey.roles) {
    const id = uid('role');
    const radio = el('input', { type: 'radio', name: roleName, id, value: role.name });
    radio.checked = draft.role === role.name;
    radio.addEventListener('change', () => {
      draft.role = role.name;
      save();
      showTasks();
    });
    roleFieldset.appendChild(el('div', { class: 'choice' }, radio, el('label', { for: id }, role.name)));
  }
  const tasksBox = el('div', { class: 'tasks' });
  const total = el('p', { class: 'total', 'aria-live': 'polite' });
  const formError = el('p', { class: 'field-error' });
  const setters = new Map<string, (text: string) => void>();
  let contractError: ((text: string) => void) | null = null;

  const updateTotal = () => {
    const role = survey.roles.find((r) => r.name === draft.role);
    total.textContent = role ? say(lang, percent ? 'survey.totalPercent' : 'survey.total', { total: formatNumber(lang, typedTotal(draft, survey, role)) }) : '';
  };

  const showTasks = () => {
    setters.clear();
    const role = survey.roles.find((r) => r.name === draft.role);
    if (!role) {
      tasksBox.replaceChildren();
      return;
    }
    const list = el('div', { class: 'task-list' });
    for (const task of role.tasks) {
      const f = field(
        'input',
        task.title,
        draft.values[task.id] ?? '',
        (value) => {
          draft.values[task.id] = value;
          save();
          updateTotal();
          f.setError('');
        },
        { inputmode: 'decimal', hint: say(lang, percent ? 'survey.unitPercent' : 'survey.unit'), maxlength: 12, cls: 'number' },
      );
      setters.set(task.id, f.setError);
      list.appendChild(f.wrap);
    }
    tasksBox.replaceChildren(
      el('h3', {}, say(lang, percent ? 'survey.hoursPercent' : 'survey.hours')),
      el('p', { class: 'hint' }, say(lang, percent ? 'survey.hoursIntroPercent' : 'survey.hoursIntro')),
      list,
      total,
    );
    updateTotal();
  };

  const extras: Node[] = [];
  if (survey.questions.contract) {
    const f = field(
      'input',
      say(lang, 'survey.contract'),
      draft.contract,
      (value) => {
        draft.contract = value;
        save();
        f.setError('');
        updateTotal();
      },
      { hint: say(lang, 'survey.contractHint'), inputmode: 'decimal', maxlength: 12, cls: 'number' },
    );
    contractError = f.setError;
    extras.push(f.wrap);
  }
  if (survey.questions.mission) {
    const f = field(
      'textarea',
      say(lang, 'survey.mission'),
      draft.mission,
      (value) => {
        draft.mission = value;
        save();
      },
      { maxlength: PHONE_LIMITS.answerText },
    );
    extras.push(f.wrap);
  }
  if (survey.questions.comments) {
    const f = field(
      'textarea',
      say(lang, 'survey.comment'),
      draft.comment,
      (value) => {
        draft.comment = value;
        save();
      },
      { maxlength: PHONE_LIMITS.answerText },
    );
    extras.push(f.wrap);
  }
  const send = el('button', { type: 'submit', class: 'primary' }, say(lang, 'survey.send'));
  const form = el('form', { novalidate: true }, roleFieldset, tasksBox, ...extras, formError, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const made = surveySubmission(draft, survey, randomId());
    formError.textContent = '';
    if (!made.ok) {
      const problem = made.problem;
      if (problem.kind === 'role') {
        formError.textContent = say(lang, 'survey.noRole');
        roleFieldset.querySelector('input')?.focus();
      } else if (problem.kind === 'values') {
        const role = survey.roles.find((r) => r.name === draft.role);
        if (role) for (const [taskId, p] of valueProblems(draft, survey, role)) setters.get(taskId)?.(say(lang, `value.${p}`));
        formError.textContent = sayCount(lang, 'survey.fix', problem.count);
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else if (problem.kind === 'contract') {
        contractError?.(say(lang, `value.${problem.problem}`));
        formError.textContent = sayCount(lang, 'survey.fix', 1);
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else {
        formError.textContent = say(lang, 'survey.tooLong');
      }
      return;
    }
    if (!state) return;
    state.answered[survey.id] = true;
    state.survey = without(state.survey, survey.id);
    queue(made.submission);
    render();
  });
  showTasks();
  return { nodes: [h2('survey.title'), el('p', {}, say(lang, 'survey.intro')), form] };
}

function buildSwot(swot: Extract<Activity, { kind: 'swot' }>): Built {
  const s = state;
  if (!s) return { nodes: [] };
  const draft = s.notes[swot.id] ?? { quadrant: swot.quadrants.length === 1 ? (swot.quadrants[0] as Quadrant) : '', text: '' };
  s.notes[swot.id] = draft;
  const fieldset = el('fieldset', { class: 'choices' }, el('legend', {}, say(lang, 'swot.quadrant')));
  const name = `quadrant-${swot.id}`;
  for (const quadrant of swot.quadrants) {
    const id = uid('q');
    // The hint is part of the label (and so of the radio's name): said once, not again as a description.
    const radio = el('input', { type: 'radio', name, id, value: quadrant });
    radio.checked = draft.quadrant === quadrant;
    radio.addEventListener('change', () => {
      draft.quadrant = quadrant;
      save();
      quadrantError.textContent = '';
    });
    fieldset.appendChild(
      el(
        'div',
        { class: 'choice' },
        radio,
        el('label', { for: id }, say(lang, `swot.quadrant.${quadrant}`), el('span', { class: 'hint' }, say(lang, `swot.hint.${quadrant}`))),
      ),
    );
  }
  const quadrantError = el('p', { class: 'field-error' });
  const text = field(
    'textarea',
    say(lang, 'swot.text'),
    draft.text,
    (value) => {
      draft.text = value;
      save();
      text.setError('');
    },
    { maxlength: PHONE_LIMITS.noteText },
  );
  const posted = el('p', { class: 'done' });
  const send = el('button', { type: 'submit', class: 'primary' }, say(lang, 'swot.send'));
  const form = el('form', { novalidate: true }, fieldset, quadrantError, text.wrap, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (draft.quadrant === '') {
      quadrantError.textContent = say(lang, 'swot.noQuadrant');
      fieldset.querySelector('input')?.focus();
      return;
    }
    if (draft.text.trim() === '') {
      text.setError(say(lang, 'swot.empty'));
      text.control.focus();
      return;
    }
    if (!state) return;
    queue({ id: randomId(), activityId: swot.id, kind: 'note', quadrant: draft.quadrant, text: draft.text.trim() });
    state.posted[swot.id] = (state.posted[swot.id] ?? 0) + 1;
    // Ready for the next note in the same quadrant.
    draft.text = '';
    text.control.value = '';
    save();
    text.control.focus();
    render();
  });
  return {
    nodes: [h2('swot.title'), el('p', {}, say(lang, 'swot.intro')), form, posted],
    update: () => {
      const count = state?.posted[swot.id] ?? 0;
      posted.textContent = count > 0 ? sayCount(lang, 'swot.posted', count) : '';
    },
  };
}

function buildDots(dots: Extract<Activity, { kind: 'dots' }>): Built {
  const s = state;
  if (!s) return { nodes: [] };
  const counts = (): Record<string, number> => state?.dots[dots.id] ?? {};
  const leftText = el('p', { class: 'dots-left', 'aria-live': 'polite' });
  const error = el('p', { class: 'field-error', role: 'alert' });
  const rows = new Map<string, { count: HTMLElement; minus: HTMLButtonElement }>();
  const left = () => dots.budget - (state?.spent[dots.id] ?? 0);
  const update = () => {
    const c = counts();
    const remaining = Math.max(0, left() - placed(c));
    leftText.textContent = say(lang, 'dots.left', { left: remaining, budget: dots.budget });
    for (const [id, row] of rows) {
      const n = c[id] ?? 0;
      row.count.textContent = sayCount(lang, 'dots.count', n);
      row.minus.disabled = n === 0;
    }
  };
  const change = (result: ReturnType<typeof addDot>) => {
    if (!state) return;
    if (!result.ok) {
      error.textContent = result.reason === 'noneLeft' ? say(lang, 'dots.noneLeft') : '';
      return;
    }
    error.textContent = '';
    state.dots[dots.id] = result.counts;
    save();
    update();
  };
  const groups: Node[] = [];
  for (const quadrant of ['strengths', 'weaknesses', 'opportunities', 'threats'] as const) {
    const notes = dots.notes.filter((n) => n.quadrant === quadrant);
    if (notes.length === 0) continue;
    const list = el('ul', { class: 'notes' });
    for (const note of notes) {
      const short = note.text.length > 60 ? `${note.text.slice(0, 59)}…` : note.text;
      const countId = uid('dots');
      const count = el('span', { class: 'dot-count', id: countId });
      // The buttons name the note; the count on it is their description.
      const minus = el('button', { type: 'button', class: 'round', 'aria-label': say(lang, 'dots.remove', { note: short }), 'aria-describedby': countId }, '−');
      const plus = el('button', { type: 'button', class: 'round', 'aria-label': say(lang, 'dots.add', { note: short }), 'aria-describedby': countId }, '+');
      minus.addEventListener('click', () => change(removeDot(counts(), note.id)));
      plus.addEventListener('click', () => change(addDot(counts(), note.id, left())));
      rows.set(note.id, { count, minus });
      list.appendChild(el('li', { class: 'note' }, el('p', { class: 'note-text' }, note.text), el('div', { class: 'dot-controls' }, minus, count, plus)));
    }
    groups.push(el('section', {}, el('h3', {}, say(lang, `swot.quadrant.${quadrant}`)), list));
  }
  const send = el('button', { type: 'button', class: 'primary' }, say(lang, 'dots.send'));
  send.addEventListener('click', () => {
    if (!state) return;
    const noteIds = dotNoteIds(
      counts(),
      dots.notes.map((n) => n.id),
    );
    if (noteIds.length === 0) {
      error.textContent = say(lang, 'dots.nothing');
      return;
    }
    state.spent[dots.id] = (state.spent[dots.id] ?? 0) + noteIds.length;
    state.dots = without(state.dots, dots.id);
    queue({ id: randomId(), activityId: dots.id, kind: 'dots', voter: state.voter, noteIds });
    render();
  });
  // The count of dots left sits next to the send button too, so it is in view on a long list.
  const leftBottom = el('p', { class: 'dots-left', 'aria-hidden': 'true' });
  return {
    nodes: [h2('dots.title'), el('p', {}, say(lang, 'dots.intro')), leftText, ...groups, error, leftBottom, send],
    update: () => {
      update();
      leftBottom.textContent = leftText.textContent;
    },
  };
}

function buildPoll(poll: Extract<Activity, { kind: 'poll' }>): Built {
  const buttons = POLL_COLOURS.map((colour) => {
    const button = el('button', { type: 'button', class: `colour colour--${colour}` }, colourLabel(colour));
    button.addEventListener('click', () => {
      if (!state || state.voted[poll.id] !== undefined) return;
      state.voted[poll.id] = colour;
      queue({ id: randomId(), activityId: poll.id, kind: 'poll', voter: state.voter, colour });
      render();
    });
    return button;
  });
  return {
    nodes: [
      h2('poll.title'),
      el('p', {}, say(lang, 'poll.intro')),
      el(
        'dl',
        { class: 'poll' },
        el('dt', {}, say(lang, 'poll.role')),
        el('dd', {}, poll.role),
        el('dt', {}, say(lang, 'poll.task')),
        el('dd', { class: 'poll-task' }, poll.title),
      ),
      el('div', { class: 'colours', role: 'group', 'aria-label': say(lang, 'poll.title') }, ...buttons),
    ],
  };
}

// ---- Start ----

render();
if (state) {
  save();
  void goLive();
  void flush();
}
