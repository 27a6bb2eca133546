/**
 * The union package's dependencies a learner thread never loads: model loading from URLs,
 * tfjs-data (whose Node build reads files) and the WebGL backend. Loading them was about
 * half of what TF.js cost a fresh thread. Left out both when a thread runs from source
 * (load-learner-tf.ts) and in its bundle (thread-bundle.ts).
 */
export const LEFT_OUT_TF_PACKAGES: readonly string[] = [
  '@tensorflow/tfjs-converter',
  '@tensorflow/tfjs-data',
  '@tensorflow/tfjs-backend-webgl',
];
