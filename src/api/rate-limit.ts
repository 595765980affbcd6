// Counts failed authentications per client address over a sliding window, so that guessing tokens is slow.
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when this address has used up its failures for the window. */
  blocked(address: string): boolean {
    return this.recent(address).length >= this.max;
  }

  /** Seconds until the oldest failure of the window expires. */
  retryAfter(address: string): number {
    const oldest = this.recent(address)[0];
    return oldest === undefined ? 0 : Math.ceil((oldest + this.windowMs - this.now()) / 1000);
  }

  note(address: string): void {
    this.failures.set(address, [...this.recent(address), this.now()]);
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }
}
