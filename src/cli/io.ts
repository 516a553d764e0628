/** Where a command writes: the process's streams in the `huzhu` binary, buffers in tests. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Folder that relative paths start from. */
  cwd: string;
}
