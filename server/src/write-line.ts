// The backend's only way to print. Everything else receives a `(line) => void` so tests can
// capture output and no module reaches for `console` on its own.

/** Receives one finished line of output, without its trailing newline. */
export type WriteLine = (line: string) => void;

/** Writes one line to standard output. */
export const writeStdoutLine: WriteLine = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Writes one line to standard error. */
export const writeStderrLine: WriteLine = (line) => {
  process.stderr.write(`${line}\n`);
};
