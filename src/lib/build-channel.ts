/**
 * Hands a value from one part of a build to another within the process.
 * Astro loads integrations with Node but the content config and the pages
 * through Vite, as separate module instances, so plain module state is not
 * shared between them; a channel lives on globalThis under a registered symbol.
 */
export interface BuildChannel<T> {
  /** Delivers the value to whoever waits for it now or later; a second send replaces it. */
  send(value: T): void;
  /** The value sent since the last open(), as soon as it is sent. */
  receive(): Promise<T>;
  /** Forgets any earlier value: call it at the start of each build. */
  open(): void;
}

interface ChannelState<T> {
  value: Promise<T>;
  deliver?: (value: T) => void;
}

function waiting<T>(): ChannelState<T> {
  let deliver!: (value: T) => void;
  const value = new Promise<T>((resolve) => (deliver = resolve));
  return { value, deliver };
}

export function buildChannel<T>(name: string): BuildChannel<T> {
  const key = Symbol.for(`sitrep.channel.${name}`);
  const slots = globalThis as Record<symbol, ChannelState<T> | undefined>;
  const state = () => (slots[key] ??= waiting<T>());
  return {
    send(value) {
      const current = state();
      if (current.deliver) {
        current.deliver(value);
        current.deliver = undefined;
      } else {
        slots[key] = { value: Promise.resolve(value) };
      }
    },
    receive: () => state().value,
    open() {
      slots[key] = waiting<T>();
    },
  };
}
