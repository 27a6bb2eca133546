/** What a command prints and how it exits (0 all good, 1 a failure, 2 a usage error). */
export interface CommandOutput {
  text: string;
  exitCode: number;
}
