/**
 * TF.js for the browser, from its parts: what `import * as tf from '@tensorflow/tfjs'`
 * offers learners and exercise code (tfjs-core's API with every op, gradient and chained op
 * registered, as the union package does, plus layers) on the cpu backend, the one grading
 * uses. Left out: tfjs-data, tfjs-converter and the WebGL/WebGPU backends, about two thirds
 * of the union bundle. The page's grader and the learner worker both load it; the browser
 * build maps content's `@tensorflow/tfjs` imports here (src/build/slim-tfjs.ts).
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
