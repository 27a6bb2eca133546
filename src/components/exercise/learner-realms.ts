import { workerRealms } from './worker-realm.ts';

/**
 * The page's one supply of learner realms (Web Workers). A module of its own, and a chunk
 * of its own, so that define-exercise-element.ts can start the first worker (and its
 * TF.js) the moment a widget nears the viewport, beside Monaco rather than after it.
 */
export const learnerRealms = workerRealms();
