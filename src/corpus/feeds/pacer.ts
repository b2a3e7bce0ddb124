// pacer: a polite delay between two requests to the same host. Each request takes the next free slot of its host
// at once (so concurrent callers queue instead of firing together), then sleeps until that slot.
// The clock is handed in, so tests run without waiting.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Default gap between two requests to one host (ms). */
export const DEFAULT_HOST_DELAY_MS = 1000;

export class HostPacer {
  private readonly nextFree = new Map<string, number>();

  constructor(
    readonly delayMs: number = DEFAULT_HOST_DELAY_MS,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Waits for the host's next free slot; returns the time waited (ms). */
  async wait(host: string): Promise<number> {
    const now = this.clock.now();
    const at = Math.max(now, this.nextFree.get(host) ?? now);
    this.nextFree.set(host, at + this.delayMs);
    if (at > now) await this.clock.sleep(at - now);
    return at - now;
  }
}
