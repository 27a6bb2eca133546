import { revealOffered, REVEAL_OFFER_AFTER } from '../../exercises/exercise-progress.ts';
import { openCompare } from './compare-view.ts';
import type { monaco } from './monaco-editor.ts';
import { loadExerciseProgress, PROGRESS_CHANGED, saveReveal } from './saved-work.ts';
import { loadSolutionSource } from './solution-source.ts';
import type { WidgetParts } from './widget-parts.ts';

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`exercise widget is missing ${selector}`);
  return found;
}

/**
 * "Show the solution": asks first (a modal dialog: trying, or a hint, teaches more) unless
 * the learner has failed {@link REVEAL_OFFER_AFTER} runs, when it is offered outright. The
 * reveal is recorded in progress and shows the reference below the editor, with "Compare
 * with my code", which swaps the editor for Monaco's diff view until "Back to my code".
 */
export function installReveal(parts: WidgetParts, editor: monaco.editor.IStandaloneCodeEditor): void {
  const { root, data, live, editorHost } = parts;
  const button = part<HTMLButtonElement>(root, '[data-action="reveal"]');
  const dialog = part<HTMLDialogElement>(root, '.exercise-reveal-dialog');
  const offer = part(root, '.exercise-reveal-offer');
  const panel = part(root, '.exercise-solution');
  const solutionCode = part(panel, 'code');
  const compareButton = part<HTMLButtonElement>(root, '[data-action="compare"]');
  const diffArea = part(root, '.exercise-compare');
  const diffHost = part(diffArea, '.exercise-diff');
  const leaveButton = part<HTMLButtonElement>(root, '[data-action="leave-compare"]');
  let solution: string | undefined;
  let closeCompare: (() => void) | undefined;

  const refreshOffer = () => {
    const hidden = solution !== undefined || !revealOffered(loadExerciseProgress(data.id) ?? undefined);
    // Refreshed after every Run: written only when it changes, since a rewrite is styled again.
    if (offer.hidden !== hidden) offer.hidden = hidden;
  };

  const reveal = async () => {
    solution ??= await loadSolutionSource(data.id);
    solutionCode.textContent = solution;
    panel.hidden = false;
    saveReveal(data.id);
    refreshOffer();
    button.textContent = 'Solution shown below';
    button.disabled = true;
    live.textContent = 'The reference solution is shown below the editor. Your code is unchanged.';
    part(panel, 'h4').focus();
  };

  button.addEventListener('click', () => {
    // Asked once: after a reveal (or enough failed runs) it shows at once.
    const progress = loadExerciseProgress(data.id) ?? undefined;
    if (progress?.revealedAt || revealOffered(progress)) void reveal();
    else dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'reveal') void reveal();
    else button.focus();
  });
  part<HTMLButtonElement>(offer, 'button').addEventListener('click', () => void reveal());

  compareButton.addEventListener('click', () => {
    if (solution === undefined || closeCompare) return;
    editorHost.hidden = true;
    diffArea.hidden = false;
    closeCompare = openCompare(diffHost, solution, editor.getModel()!, data.title);
    root.dataset['comparing'] = 'true';
    live.textContent = 'Comparing: the reference solution on the left, your code on the right. F7 steps through the differences.';
    leaveButton.focus();
  });
  leaveButton.addEventListener('click', () => {
    closeCompare?.();
    closeCompare = undefined;
    diffArea.hidden = true;
    editorHost.hidden = false;
    delete root.dataset['comparing'];
    live.textContent = 'Back to your code.';
    editor.focus();
  });

  refreshOffer();
  addEventListener(PROGRESS_CHANGED, (event) => {
    if ((event as CustomEvent<string>).detail === data.id) refreshOffer();
  });
}
