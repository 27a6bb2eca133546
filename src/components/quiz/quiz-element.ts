import { loadQuiz, saveQuiz, type QuizAnswer, type SavedQuiz } from './quiz-storage.ts';

/**
 * `<lifecycle-quiz>`: the build (src/markdown/remark-quizzes.ts) renders every question,
 * answer and explanation; this only makes it answerable. Choosing an answer is free (arrow
 * keys move through a native radio group); "Check answer" (or Enter) gives the verdict and
 * that answer's explanation, announced through a live region. Once a question is answered
 * correctly the other answers' explanations appear too. Answers are saved per lesson and
 * restored on the next visit.
 */

/** Fired (bubbling) after every saved change, for anything that shows progress. */
export const QUIZ_SAVED_EVENT = 'lifecycle-lab:quiz-saved';

/** localStorage, or an in-memory stand-in when the browser refuses it (answers then last for the visit). */
function quizStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // Storage disabled: fall through.
  }
  const memory = new Map<string, string>();
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => memory.set(key, value),
    removeItem: (key) => memory.delete(key),
  };
}

const choicesOf = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLLIElement>('.quiz-choice')];

function clearVerdict(form: HTMLFormElement): void {
  for (const item of choicesOf(form)) {
    delete item.dataset['state'];
    item.querySelector<HTMLElement>('.quiz-why')!.hidden = true;
  }
  form.querySelector('.quiz-feedback')!.replaceChildren();
}

/** Shows a checked answer: its mark, its explanation in the feedback, and, once right, why the others are not. */
function showVerdict(form: HTMLFormElement, answer: QuizAnswer): void {
  const items = choicesOf(form);
  items.forEach((item, index) => {
    if (index === answer.choice) item.dataset['state'] = answer.correct ? 'correct' : 'wrong';
    else delete item.dataset['state'];
    item.querySelector<HTMLElement>('.quiz-why')!.hidden = !answer.correct || index === answer.choice;
  });
  const chosen = items[answer.choice]!;
  chosen.querySelector<HTMLInputElement>('input')!.checked = true;
  const verdict = document.createElement('p');
  verdict.className = `quiz-verdict quiz-verdict--${answer.correct ? 'correct' : 'wrong'}`;
  verdict.textContent = answer.correct ? '✓ Correct.' : '✗ Not quite.';
  const why = chosen.querySelector('.quiz-why')!.cloneNode(true) as HTMLElement;
  const after = document.createElement('p');
  after.textContent = answer.correct
    ? items.length > 1
      ? 'Why the other answers are wrong is shown under each.'
      : ''
    : 'Choose another answer and check again.';
  form.querySelector('.quiz-feedback')!.replaceChildren(verdict, ...why.childNodes, after);
}

/** Makes one server-rendered quiz answerable; define-quiz.ts calls it as the quiz nears the viewport. */
export function mountQuiz(root: HTMLElement): void {
  const lesson = root.dataset['lesson'] ?? '';
  const storage = quizStorage();
  const forms = [...root.querySelectorAll<HTMLFormElement>('form.quiz-question')];
  const choices = new Map(forms.map((form) => [form.dataset['question'] ?? '', choicesOf(form).length]));
  let saved: SavedQuiz = loadQuiz(storage, lesson, choices);
  const score = root.querySelector<HTMLElement>('.quiz-score')!;

  const showScore = () => {
    const answers = Object.values(saved.answers);
    const right = answers.filter((answer) => answer.correct).length;
    const open = forms.length - answers.length;
    score.textContent =
      answers.length === 0
        ? `${forms.length} questions. Choose an answer, then check it.`
        : `${right} of ${forms.length} answered correctly${open > 0 ? `; ${open} not answered yet` : ''}.`;
    root.toggleAttribute('data-answered', answers.length > 0);
  };
  const persist = () => {
    saveQuiz(storage, lesson, saved);
    showScore();
    root.dispatchEvent(new CustomEvent(QUIZ_SAVED_EVENT, { bubbles: true, detail: { lesson, saved } }));
  };

  for (const form of forms) {
    const id = form.dataset['question'] ?? '';
    const feedback = form.querySelector<HTMLElement>('.quiz-feedback')!;
    const restored = saved.answers[id];
    if (restored) showVerdict(form, restored);
    feedback.setAttribute('aria-live', 'polite');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (!picked) {
        const ask = document.createElement('p');
        ask.textContent = 'Choose an answer first, then check it.';
        feedback.replaceChildren(ask);
        return;
      }
      const item = picked.closest<HTMLLIElement>('.quiz-choice')!;
      const answer = { choice: Number(picked.value), correct: item.hasAttribute('data-correct'), at: new Date().toISOString() };
      saved = { questions: forms.length, answers: { ...saved.answers, [id]: answer } };
      showVerdict(form, answer);
      persist();
    });
    // A different answer hides the verdict of the previous one rather than leave it beside the new choice.
    form.addEventListener('change', () => clearVerdict(form));
    // Enter on an answer checks it, as in a form with a text field.
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  root.querySelector('.quiz-reset')?.addEventListener('click', () => {
    saved = { questions: forms.length, answers: {} };
    for (const form of forms) {
      clearVerdict(form);
      for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
    }
    persist();
    forms[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    const cleared = document.createElement('p');
    cleared.textContent = 'Your answers were cleared.';
    forms[0]?.querySelector('.quiz-feedback')?.replaceChildren(cleared);
  });
  showScore();
  root.dataset['ready'] = 'true';
}
