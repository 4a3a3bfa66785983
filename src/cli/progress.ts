/** A progress bar on a terminal: files done of total, rate and time left; silent when not a TTY. */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const WIDTH = 24;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return { update() {}, finish() {} };
  // The rate is counted from the first file done, so start-up time does not inflate "time left".
  let first: { at: number; done: number } | undefined;
  let lastDraw = 0;
  const draw = (done: number) => {
    const now = performance.now();
    first ??= { at: now, done };
    const seconds = (now - first.at) / 1000;
    const rate = seconds > 0 ? (done - first.done) / seconds : 0;
    const filled = Math.round((done / total) * WIDTH);
    const left = rate > 0 ? formatDuration((total - done) / rate) : "…";
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    stream.write(`\r${bar} ${done}/${total} files  ${rate.toFixed(1)} files/s  ${left} left\x1b[K`);
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      draw(done);
    },
    finish() {
      stream.write("\r\x1b[K");
    },
  };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
