/// <reference lib="webworker" />
/**
 * HR's overview parser, off the main thread: the start of a file (or all of
 * it) in, its key figures or why not out (shared/hrOverview/parseFile.ts).
 * Older files are restored and summarised whole here, which is the slow part.
 */
import { parseFileText } from '../../shared/hrOverview/parseFile.ts';
import type { ParseReply, ParseRequest } from './overviewReader.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, text, complete, threshold } = event.data;
  let reply: ParseReply;
  try {
    reply = { id, outcome: parseFileText(text, complete, threshold) };
  } catch (error) {
    // parseFileText does not throw on any text; this keeps a bug from leaving the reader waiting.
    reply = { id, outcome: { kind: 'problem', problem: { code: 'damaged', detail: error instanceof Error ? error.message : String(error) } } };
  }
  scope.postMessage(reply);
});
