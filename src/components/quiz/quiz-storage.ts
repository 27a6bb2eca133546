/**
 * A lesson's quiz answers in localStorage, under `lifecycle-lab:quiz:v1:<lesson-slug>`:
 * `{ "questions": 4, "answers": { "<question id>": { "choice": 1, "correct": true, "at": "<ISO time>" } } }`.
 * The progress page reads exactly this; a new shape gets a new version in the key.
 */

/** The learner's latest checked answer to one question. */
export interface QuizAnswer {
  /** Index of the chosen answer, in the order the lesson lists them. */
  choice: number;
  correct: boolean;
  /** When it was checked (ISO 8601). */
  at: string;
}

/** What is stored for one lesson. */
export interface SavedQuiz {
  /** How many questions the lesson's quiz has (for "3 of 4"). */
  questions: number;
  answers: Record<string, QuizAnswer>;
}

/** The storage key of a lesson's quiz. */
export const quizKey = (lesson: string) => `lifecycle-lab:quiz:v1:${lesson}`;

const isAnswer = (value: unknown): value is QuizAnswer => {
  const answer = value as QuizAnswer | null;
  return (
    typeof answer === 'object' &&
    answer !== null &&
    Number.isInteger(answer.choice) &&
    answer.choice >= 0 &&
    typeof answer.correct === 'boolean' &&
    typeof answer.at === 'string'
  );
};

/**
 * The answers saved for `lesson`, keeping only well-formed answers to questions that still
 * exist (`choices` maps each question id to its number of answers). Anything unreadable,
 * or storage that is off, reads as nothing answered.
 */
export function loadQuiz(storage: Pick<Storage, 'getItem'>, lesson: string, choices: ReadonlyMap<string, number>): SavedQuiz {
  const saved: SavedQuiz = { questions: choices.size, answers: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(quizKey(lesson)) ?? 'null');
  } catch {
    return saved;
  }
  const answers = (parsed as { answers?: unknown } | null)?.answers;
  if (typeof answers !== 'object' || answers === null) return saved;
  for (const [id, answer] of Object.entries(answers)) {
    const count = choices.get(id);
    if (count !== undefined && isAnswer(answer) && answer.choice < count) saved.answers[id] = answer;
  }
  return saved;
}

/** Writes the lesson's answers; false when the browser refuses (storage off or full). */
export function saveQuiz(storage: Pick<Storage, 'setItem' | 'removeItem'>, lesson: string, quiz: SavedQuiz): boolean {
  try {
    if (Object.keys(quiz.answers).length === 0) storage.removeItem(quizKey(lesson));
    else storage.setItem(quizKey(lesson), JSON.stringify(quiz));
    return true;
  } catch {
    return false;
  }
}
