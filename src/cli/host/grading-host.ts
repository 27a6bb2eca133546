/**
 * Entry point of the grading host: a child process of `lifecycle-lab grade` that grades
 * one job and reports over IPC. If a submission aborts this process, the command sees
 * which files were in flight and carries on without it. The host dies with the command:
 * when the IPC channel closes (the command exited or was killed), it exits too.
 */
import { gradeFiles } from './grade-files.ts';
import type { GradeJob, HostMessage } from './host-protocol.ts';

const send = (message: HostMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('disconnect', () => process.exit(0));
process.once('message', (job: GradeJob) => {
  gradeFiles(job, (message) => void send(message))
    .then(() => send({ type: 'done' }))
    .catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => process.disconnect());
});
