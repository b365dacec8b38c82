/**
 * Runs the content check again after content files change, for the dev
 * server (src/integrations/dev-content.ts): once the changes have paused for
 * `delay` ms, since an editor's save can touch a file several times, and never
 * two runs at once, since a change during a run means that run read a folder
 * that has changed since.
 */
export interface RecheckOptions {
  delay: number;
  run: () => Promise<void>;
  /** What a failed run threw; the next change runs again. */
  onError: (error: unknown) => void;
}

export interface Recheck {
  /** A content file changed: run again once changes pause, and after any run under way. */
  schedule(): void;
  /** Runs nothing more: the server is closing. */
  stop(): void;
}

export function createRecheck({ delay, run, onError }: RecheckOptions): Recheck {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  async function fire(): Promise<void> {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule();
    }
  }

  function schedule(): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), delay);
  }

  return {
    schedule,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
