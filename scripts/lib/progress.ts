/**
 * Progress on stderr for long CLI commands. On a terminal one status line is rewritten in place
 * (`run 3/8 … 2031`); anywhere else (a pipe, a log file, CI) only finished steps are written, one
 * plain line each, with no cursor-control codes.
 */
export interface Progress {
  /** Transient status: shown in place on a terminal, dropped elsewhere. */
  status(text: string): void;
  /** A line that stays (a finished step), on every kind of stream. */
  line(text: string): void;
  /** Clear any status line; call before writing anything else. */
  end(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let showing = false;
  const clear = () => {
    if (showing) stream.write('\r\x1b[K');
    showing = false;
  };
  return {
    status(text) {
      if (!tty) return;
      stream.write(`\r\x1b[K${text}`);
      showing = true;
    },
    line(text) {
      clear();
      stream.write(`${text}\n`);
    },
    end: clear,
  };
}
