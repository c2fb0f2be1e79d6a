// @vitest-environment node
// One tab owns the work: over a BroadcastChannel (where Web Locks are missing) a second tab hears
// that the work is held, and taking it over tells the first tab it lost it.
import { describe, expect, it } from 'vitest';
import { claim, type Owner } from '../../src/studio/model/ownership';

/** Channels of one name in one browser: a message reaches every other channel, never its sender. */
function bus() {
  const members: {
    onmessage: ((e: { data: unknown }) => void) | null;
    postMessage(m: unknown): void;
    close(): void;
  }[] = [];
  return (_name: string) => {
    const me = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (m: unknown) =>
        queueMicrotask(() => members.filter((x) => x !== me).forEach((x) => x.onmessage?.({ data: m }))),
      close: () => members.splice(members.indexOf(me), 1),
    };
    members.push(me);
    return me;
  };
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ownership over a BroadcastChannel', () => {
  it('the first tab owns the work, the second hears so, and taking over turns the first read-only', async () => {
    const channel = bus();
    const states: Owner[][] = [[], []];
    const first = claim('work', (s) => states[0]!.push(s), { channel, answerMs: 5 });
    await wait(20);
    const second = claim('work', (s) => states[1]!.push(s), { channel, answerMs: 5 });
    await wait(20);
    expect(states).toEqual([['owner'], ['other']]);
    await second.takeOver();
    await wait(5);
    expect(states).toEqual([
      ['owner', 'lost'],
      ['other', 'owner'],
    ]);
    first.release();
    second.release();
  });
  it('a tab alone owns the work once nobody answers', async () => {
    const states: Owner[] = [];
    claim('work', (s) => states.push(s), { channel: bus(), answerMs: 1 });
    await wait(10);
    expect(states).toEqual(['owner']);
  });
  it('without Web Locks or channels, the tab owns the work', () => {
    const states: Owner[] = [];
    claim('work', (s) => states.push(s), {});
    expect(states).toEqual(['owner']);
  });
});
