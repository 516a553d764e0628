/**
 * A one-line progress bar for a terminal (`\r`-redrawn), or nothing when the stream is not a terminal.
 * Redraws at most every 100 ms.
 */
export function progressBar(stream: { write(text: string): unknown; isTTY?: boolean }, label: string) {
  let last = 0;
  const started = Date.now();
  return {
    update(done: number, total: number) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const elapsed = (now - started) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : 0;
      stream.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} paths, ${left.toFixed(0)} s left `,
      );
    },
    finish() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}
