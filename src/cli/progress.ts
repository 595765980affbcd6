// A one-line progress bar on a terminal's standard error; silent when stderr is not a terminal.

export class ProgressBar {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(private total: number, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY);
  }

  tick(label: string): void {
    this.done++;
    const now = performance.now();
    if (!this.enabled || (now - this.lastDraw < 80 && this.done < this.total)) return;
    this.lastDraw = now;
    const width = 28;
    const ratio = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(ratio * width);
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    this.stream.write(`\r${bar} ${this.done}/${this.total} ${rate.toFixed(0)}/s ${name}\x1b[K`);
  }

  /** Writes a message above the bar (an error, a warning) without breaking it. */
  note(message: string): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
    this.stream.write(message + '\n');
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
