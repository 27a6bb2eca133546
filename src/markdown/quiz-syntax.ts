import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { nearestName } from '../content/nearest-name.ts';

/**
 * Reads a `<Quiz>` written in a lesson's MDX into plain data, refusing anything an
 * instructor could get wrong with the line and the element named. The syntax:
 *
 * ```mdx
 * <Quiz>
 * <Question id="split-first">
 * When should the test set be set aside?
 *
 * <Choice correct>
 * Before anything is fitted. <Why>Then nothing learned from it can reach the model.</Why>
 * </Choice>
 * <Choice>
 * Just before evaluating. <Why>By then its rows have shaped the preprocessing.</Why>
 * </Choice>
 * </Question>
 * </Quiz>
 * ```
 */

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Node = RootContent | PhrasingContent;

/** One answer: its text (one line of Markdown) and why it is right or wrong. */
export interface QuizChoice {
  correct: boolean;
  text: PhrasingContent[];
  why: RootContent[];
}

/** One question: a stable id (answers are stored under it), the prompt and its choices. */
export interface QuizQuestion {
  id: string;
  prompt: RootContent[];
  choices: QuizChoice[];
}

/** A mistake in a quiz; the message starts with `file:line`. */
export class QuizContentError extends Error {
  override name = 'QuizContentError';
}

/** The element names the quiz syntax uses; any other capitalised name inside a quiz is refused. */
export const QUIZ_ELEMENTS = ['Quiz', 'Question', 'Choice', 'Why'] as const;
const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isBlank = (node: Node) => node.type === 'text' && node.value.trim() === '';
const line = (node: Node) => node.position?.start.line ?? '?';

/** Reads and checks one `<Quiz>` element; `where` is the file, for messages. */
export function readQuiz(quiz: JsxElement, where: string): QuizQuestion[] {
  const fail = (node: Node, message: string): never => {
    throw new QuizContentError(`${where}:${line(node)}: ${message}`);
  };
  const attributes = (element: JsxElement, allowed: readonly string[]): Map<string, string | true> => {
    const found = new Map<string, string | true>();
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') fail(element, `<${element.name}> takes plain attributes, not {...spread}`);
      const { name, value } = attribute as { name: string; value: unknown };
      if (!allowed.includes(name)) {
        const near = nearestName(name, allowed);
        const known = allowed.length > 0 ? `it takes ${allowed.map((known) => `"${known}"`).join(', ')}` : 'it takes none';
        fail(element, `<${element.name}> has an unknown attribute "${name}"${near ? ` (did you mean "${near}"?)` : ''}; ${known}`);
      }
      if (value !== null && typeof value !== 'string') fail(element, `<${element.name}>: write ${name}="…" as plain text, not {…}`);
      found.set(name, value === null ? true : (value as string));
    }
    return found;
  };
  // An element written on one line (`<Choice>Yes <Why>…</Why></Choice>`) arrives wrapped in a paragraph.
  const blocks = (parent: { children: Node[] }): Node[] =>
    parent.children.flatMap((child): Node[] => {
      if (child.type !== 'paragraph') return [child];
      const meaningful = child.children.filter((inner) => !isBlank(inner));
      return meaningful.length > 0 && meaningful.every(isJsx) ? meaningful : [child];
    });
  const unexpected = (node: Node, inside: string, expected: string) => {
    const what = isJsx(node) ? `<${node.name}>` : `text`;
    const name = isJsx(node) ? node.name : null;
    const near = name ? nearestName(name, QUIZ_ELEMENTS) : undefined;
    return fail(node, `${what} inside ${inside}: ${expected}${near && near !== name ? ` (did you mean <${near}>?)` : ''}`);
  };

  attributes(quiz, []);
  const questions = blocks(quiz).map((node) =>
    isJsx(node) && node.name === 'Question' ? node : unexpected(node, '<Quiz>', 'only <Question> elements go here'),
  );
  if (questions.length === 0) fail(quiz, '<Quiz> has no <Question>; write at least one');

  const seen = new Map<string, number | string>();
  return questions.map((question, index) => {
    const id = attributes(question, ['id']).get('id');
    const label = `<Question id="${typeof id === 'string' ? id : ''}"> (question ${index + 1})`;
    if (typeof id !== 'string' || !QUESTION_ID.test(id)) {
      fail(question, `<Question> (question ${index + 1}) needs an id="…" in lowercase kebab-case (learners' answers are saved under it)`);
    }
    const questionId = id as string;
    if (seen.has(questionId))
      fail(question, `${label}: the id "${questionId}" is already used on line ${seen.get(questionId)}; ids must differ`);
    seen.set(questionId, line(question));

    const children = blocks(question);
    const firstChoice = children.findIndex((node) => isJsx(node) && node.name === 'Choice');
    const prompt = (firstChoice === -1 ? children : children.slice(0, firstChoice)) as RootContent[];
    if (prompt.length === 0) fail(question, `${label} has no question text before its first <Choice>`);
    for (const node of prompt)
      if (isJsx(node) && (QUIZ_ELEMENTS as readonly string[]).includes(node.name ?? ''))
        unexpected(node, label, 'the question text comes first, then only <Choice> elements');
    const choiceNodes = (firstChoice === -1 ? [] : children.slice(firstChoice)).map((node) =>
      isJsx(node) && node.name === 'Choice' ? node : unexpected(node, label, 'after the question text only <Choice> elements go here'),
    );
    if (choiceNodes.length < 2) fail(question, `${label} needs at least two <Choice> elements, found ${choiceNodes.length}`);
    const choices = choiceNodes.map((choice, choiceIndex) => readChoice(choice, `${label}, choice ${choiceIndex + 1}`));
    const correct = choices.filter((choice) => choice.correct).length;
    if (correct !== 1) fail(question, `${label} needs exactly one <Choice correct>, found ${correct}`);
    return { id: questionId, prompt, choices };
  });

  function readChoice(choice: JsxElement, label: string): QuizChoice {
    const correct = attributes(choice, ['correct']).get('correct');
    if (typeof correct === 'string') fail(choice, `${label}: write <Choice correct> with no value (leave it off for a wrong answer)`);
    const whys: JsxElement[] = [];
    const text: PhrasingContent[] = [];
    let paragraphs = 0;
    const take = (node: Node) => {
      if (isJsx(node) && node.name === 'Why') whys.push(node);
      else if (isJsx(node) && (QUIZ_ELEMENTS as readonly string[]).includes(node.name ?? ''))
        unexpected(node, label, 'a <Choice> holds its answer text and one <Why>');
      else text.push(node as PhrasingContent);
    };
    for (const node of choice.children as Node[]) {
      if (node.type === 'paragraph') {
        paragraphs += 1;
        (node as Paragraph).children.forEach(take);
      } else if (choice.type === 'mdxJsxTextElement' || (isJsx(node) && node.name === 'Why')) take(node);
      else fail(node, `${label}: the answer text is one paragraph of plain Markdown; found a ${node.type}`);
    }
    if (paragraphs > 1) fail(choice, `${label}: the answer text is one paragraph (put longer reasoning in its <Why>)`);
    trimEnds(text);
    if (text.every(isBlank)) fail(choice, `${label} has no answer text`);
    if (whys.length !== 1) fail(choice, `${label} needs one <Why> saying why this answer is right or wrong, found ${whys.length}`);
    const why = whys[0]!;
    attributes(why, []);
    const whyBlocks =
      why.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: why.children } as Paragraph] : (why.children as RootContent[]);
    const whyText = why.children as Node[];
    if (whyText.length === 0 || whyText.every(isBlank)) fail(why, `${label}: its <Why> is empty`);
    return { correct: correct === true, text, why: whyBlocks };
  }
}

/** Drops the line break before an inline `<Why>` and any spaces around the answer text. */
function trimEnds(text: PhrasingContent[]): void {
  const first = text[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = text.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
}
