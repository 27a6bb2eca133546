/**
 * V8's young generation for the grading host and its learner threads: semi-spaces that
 * start at 16 MB instead of growing from 1 MB. A fresh thread's TF.js load allocates
 * several megabytes of objects that all live on (modules, kernels, op wrappers); with the
 * default sizes V8 scavenges them again and again while they are copied towards the old
 * generation. Measured over 30 bundled threads each, a thread's start fell from about
 * 125 to about 95 CPU-ms. The young generation stays within the threads' 64 MB limit.
 *
 * V8 flags belong to the process (every isolate reads them) and Worker refuses them in
 * its execArgv: the host gets the flag on its command line, and its threads inherit it.
 */
export const YOUNG_GENERATION_FLAG = '--min-semi-space-size=16';
