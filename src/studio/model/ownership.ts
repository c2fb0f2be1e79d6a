/**
 * One tab owns the work at a time: the browser keeps one copy of it, and two tabs saving in turn
 * would each overwrite the other's edits. The owner holds a Web Lock; a second tab finds it taken,
 * says so, and may take it over (`steal`), which tells the first tab it lost the work. Where Web
 * Locks are missing, a BroadcastChannel does the same by asking who holds the work. Everything
 * browser-specific is reached through `env`, so tests can pass stand-ins.
 */

export type Owner = 'owner' | 'other' | 'lost';

export interface Ownership {
  /** Take the work from the tab that holds it. */
  takeOver(): Promise<void>;
  release(): void;
}

type LockManagerLike = {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void>;
};

export interface OwnershipEnv {
  locks?: LockManagerLike | undefined;
  channel?: (name: string) => {
    postMessage(m: unknown): void;
    onmessage: ((e: { data: unknown }) => void) | null;
    close(): void;
  };
  /** How long a tab waits for an answer on the channel before it takes the work as free. */
  answerMs?: number;
}

function defaultEnv(): OwnershipEnv {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManagerLike });
  return {
    locks: nav?.locks,
    channel: typeof BroadcastChannel === 'undefined' ? undefined : (name) => new BroadcastChannel(name) as never,
  };
}

/** Claim the work named `name`; `onChange` hears whether this tab owns it, whenever that changes. */
export function claim(name: string, onChange: (state: Owner) => void, env: OwnershipEnv = defaultEnv()): Ownership {
  if (env.locks) return byLocks(env.locks, name, onChange);
  if (env.channel) return byChannel(env.channel(name), onChange, env.answerMs ?? 150);
  // Neither (an old browser): nothing to coordinate with, this tab owns the work.
  onChange('owner');
  return { takeOver: async () => {}, release: () => {} };
}

function byLocks(locks: LockManagerLike, name: string, onChange: (state: Owner) => void): Ownership {
  let releaseHeld: (() => void) | null = null;
  let released = false;
  const hold = (lock: unknown): Promise<void> => {
    if (!lock) {
      onChange('other');
      return Promise.resolve();
    }
    onChange('owner');
    return new Promise<void>((resolve) => (releaseHeld = resolve));
  };
  // A stolen lock rejects its request with an AbortError: this tab no longer owns the work.
  const lost = () => {
    releaseHeld = null;
    if (!released) onChange('lost');
  };
  locks.request(name, { ifAvailable: true }, hold).catch(lost);
  return {
    takeOver: async () => {
      releaseHeld?.();
      await new Promise<void>((resolve) => {
        locks.request(name, { steal: true }, (lock) => (resolve(), hold(lock))).catch(lost);
      });
    },
    release: () => {
      released = true;
      releaseHeld?.();
    },
  };
}

type Message = { type: 'who' } | { type: 'mine' } | { type: 'take' };

function byChannel(
  channel: NonNullable<ReturnType<NonNullable<OwnershipEnv['channel']>>>,
  onChange: (state: Owner) => void,
  answerMs: number,
): Ownership {
  let state: Owner | 'asking' = 'asking';
  const set = (s: Owner) => {
    state = s;
    onChange(s);
  };
  channel.onmessage = (e) => {
    const m = e.data as Message;
    if (m?.type === 'who' && state === 'owner') channel.postMessage({ type: 'mine' });
    else if (m?.type === 'mine' && state === 'asking') set('other');
    else if (m?.type === 'take' && state === 'owner') set('lost');
  };
  channel.postMessage({ type: 'who' });
  setTimeout(() => state === 'asking' && set('owner'), answerMs);
  return {
    takeOver: async () => {
      channel.postMessage({ type: 'take' });
      set('owner');
    },
    release: () => channel.close(),
  };
}
