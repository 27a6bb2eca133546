import { join, relative, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import { QUIZ_ELEMENTS, QuizContentError, readQuiz, type QuizQuestion } from './quiz-syntax.ts';

/** The custom element that makes a quiz answerable in the browser (src/components/quiz/). */
export const QUIZ_ELEMENT = 'lifecycle-quiz';

/** An element for the HTML tree: remark-rehype turns an unknown node with `hName` into exactly this tag. */
function element(tagName: string, properties: Record<string, unknown>, children: unknown[] = []): RootContent {
  return { type: 'quizElement', data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

const text = (value: string): RootContent => ({ type: 'text', value }) as unknown as RootContent;

/**
 * The finished markup of one question: a form (Enter on a radio checks the answer), a
 * native radio group labelled by the prompt (arrow keys move between answers, nothing is
 * checked until the learner asks), each answer's explanation in place but hidden, and a
 * status region for the feedback. Everything is in the HTML, so nothing moves when the
 * script upgrades it.
 */
function questionMarkup(question: QuizQuestion, index: number, total: number): RootContent {
  const base = `quiz-${question.id}`;
  const choices = question.choices.map((choice, choiceIndex) =>
    element('li', { className: ['quiz-choice'], dataChoice: String(choiceIndex), dataCorrect: choice.correct || undefined }, [
      element('input', { type: 'radio', name: base, id: `${base}-${choiceIndex}`, value: String(choiceIndex) }),
      element('label', { htmlFor: `${base}-${choiceIndex}`, className: ['quiz-choice__text'] }, choice.text),
      element('div', { className: ['quiz-why'], id: `${base}-${choiceIndex}-why`, hidden: true }, choice.why),
    ]),
  );
  return element('form', { className: ['quiz-question'], dataQuestion: question.id, noValidate: true }, [
    element('fieldset', { ariaLabelledBy: `${base}-prompt` }, [
      element('div', { className: ['quiz-prompt'], id: `${base}-prompt` }, [
        element('p', { className: ['quiz-number'] }, [text(`Question ${index + 1} of ${total}`)]),
        ...question.prompt,
      ]),
      element('ul', { className: ['quiz-choices'], role: 'list' }, choices),
    ]),
    element('div', { className: ['quiz-actions'] }, [
      element('button', { type: 'submit', className: ['quiz-check'] }, [text('Check answer')]),
      // Made a live region by the script once saved answers are restored, so a reload announces nothing.
      element('div', { className: ['quiz-feedback'], ariaAtomic: 'true' }),
    ]),
  ]);
}

/** The lesson slug answers are stored under: frontmatter `slug`, else the path inside content/lessons. */
function lessonSlug(file: VFile, where: string): string {
  const frontmatter = (file.data as { astro?: { frontmatter?: { slug?: unknown } } }).astro?.frontmatter;
  if (typeof frontmatter?.slug === 'string') return frontmatter.slug;
  const inLessons = relative(join(file.cwd, LESSONS_DIRECTORY), file.path);
  if (inLessons.startsWith('..')) throw new QuizContentError(`${where}: a <Quiz> belongs in a lesson under ${LESSONS_DIRECTORY}`);
  return inLessons
    .replace(/\.mdx?$/, '')
    .split(sep)
    .join('/');
}

/**
 * Turns `<Quiz>` blocks in lessons (see quiz-syntax.ts for the syntax) into a
 * `<lifecycle-quiz>` element at build time, so lessons need no import and every mistake
 * fails the build with the file, line and element named. One quiz per lesson: its answers
 * are saved under the lesson's slug.
 */
export function remarkQuizzes() {
  return (tree: Root, file: VFile) => {
    const where = file.path ? file.path.replace(`${file.cwd}/`, '') : '(unknown file)';
    let quizzes = 0;
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const jsx = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (jsx.name !== 'Quiz') {
        if (QUIZ_ELEMENTS.includes(jsx.name as (typeof QUIZ_ELEMENTS)[number])) {
          throw new QuizContentError(`${where}:${jsx.position?.start.line ?? '?'}: <${jsx.name}> belongs inside a <Quiz>`);
        }
        return;
      }
      quizzes += 1;
      if (quizzes > 1) {
        throw new QuizContentError(
          `${where}:${jsx.position?.start.line ?? '?'}: a lesson has one <Quiz> (its answers are saved per lesson)`,
        );
      }
      const questions = readQuiz(jsx, where);
      const quiz = element(
        QUIZ_ELEMENT,
        {
          className: ['quiz'],
          dataLesson: lessonSlug(file, where),
          dataQuestions: String(questions.length),
          // The explanations give the answers away; search results should not.
          dataPagefindIgnore: true,
        },
        [
          ...questions.map((question, questionIndex) => questionMarkup(question, questionIndex, questions.length)),
          element('div', { className: ['quiz-footer'] }, [
            element('p', { className: ['quiz-score'] }, [text(`${questions.length} questions. Choose an answer, then check it.`)]),
            // Shown (by CSS) once something is answered; it always takes its room, so nothing moves.
            element('button', { type: 'button', className: ['quiz-reset'] }, [text('Clear my answers')]),
          ]),
        ],
      );
      (parent as { children: RootContent[] }).children[index!] = quiz;
      return SKIP;
    });
  };
}
