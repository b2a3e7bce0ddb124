// The progress bar on stderr (cli-progress) while several inputs are analyzed, and the one-line messages printed
// around it. Without a terminal on stderr there is no bar, only the messages.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface Progress {
  /** One message line on stderr, printed above the bar. */
  note(line: string): void;
  /** An article (or error) done, `bytes` of input consumed. */
  advance(bytes: number, failed: boolean): void;
  stop(): void;
}

/** `totalBytes` null: the amount is unknown (standard input), so the bar shows counts only. */
export function createProgress(stderr: Writable & { isTTY?: boolean }, show: boolean, totalBytes: number | null): Progress {
  if (!show) {
    return { note: (line) => void stderr.write(line + '\n'), advance: () => {}, stop: () => {} };
  }
  const known = totalBytes !== null && totalBytes > 0;
  const multi = new cliProgress.MultiBar(
    {
      stream: stderr,
      format: known ? 'dyad {bar} {percentage}% | {articles} articles | {failed} failed' : 'dyad {articles} articles | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(known ? totalBytes : 1, 0, { articles: 0, failed: 0 });
  let articles = 0;
  let failures = 0;
  let done = 0;
  return {
    // cli-progress prints logged lines at its next redraw and drops any still waiting at stop(): redraw now.
    note(line) {
      multi.log(line + '\n');
      multi.update();
    },
    advance(bytes, failed) {
      articles++;
      if (failed) failures++;
      done += bytes;
      bar.update(known ? Math.min(done, totalBytes) : 0, { articles, failed: failures });
    },
    stop: () => multi.stop(),
  };
}
