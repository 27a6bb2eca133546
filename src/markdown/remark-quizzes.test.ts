import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkQuizzes } from './remark-quizzes.ts';

const QUESTION = `<Question id="split-first">
When is the test set set aside?

<Choice correct>
Before anything is **fitted**.
<Why>Nothing learned from it can then reach the model.</Why>
</Choice>
<Choice>Just before evaluating. <Why>By then its rows have shaped the preprocessing.</Why></Choice>
</Question>`;

/** Compiles `mdx` as the site would (parse, then our plugin) and returns the HTML. */
function compile(mdx: string, path = '/course/content/lessons/training.mdx'): string {
  const processor = unified().use(remarkParse).use(remarkMdx);
  const tree = processor.parse(mdx) as Root;
  remarkQuizzes()(tree, new VFile({ path, cwd: '/course', value: mdx }));
  // Our elements only; anything left as MDX JSX would not survive toHast, which is the point.
  return toHtml(toHast(tree));
}

const quiz = (body: string) => `# Lesson\n\nSome text.\n\n<Quiz>\n${body}\n</Quiz>\n`;

describe('<Quiz> in a lesson', () => {
  it('becomes a lifecycle-quiz with a labelled radio group per question and hidden explanations', () => {
    const html = compile(quiz(QUESTION));
    expect(html).toContain('<lifecycle-quiz class="quiz" data-lesson="training" data-questions="1" data-pagefind-ignore>');
    expect(html).toContain('<fieldset aria-labelledby="quiz-split-first-prompt">');
    expect(html).toContain('<p class="quiz-number">Question 1 of 1</p><p>When is the test set set aside?</p>');
    expect(html).toContain(
      '<li class="quiz-choice" data-choice="0" data-correct><input type="radio" name="quiz-split-first" id="quiz-split-first-0" value="0">' +
        '<label for="quiz-split-first-0" class="quiz-choice__text">Before anything is <strong>fitted</strong>.</label>' +
        '<div class="quiz-why" id="quiz-split-first-0-why" hidden><p>Nothing learned from it can then reach the model.</p></div></li>',
    );
    expect(html).toContain('<label for="quiz-split-first-1" class="quiz-choice__text">Just before evaluating.</label>');
    expect(html).not.toMatch(/data-choice="1" data-correct/);
  });

  it('a lesson in a folder is saved under its path', () => {
    expect(compile(quiz(QUESTION), '/course/content/lessons/extra/shadow.mdx')).toContain('data-lesson="extra/shadow"');
  });

  const mistakes: [string, string, RegExp][] = [
    [
      'no correct choice',
      QUESTION.replace('<Choice correct>', '<Choice>'),
      /training\.mdx:6: <Question id="split-first"> \(question 1\) needs exactly one <Choice correct>, found 0/,
    ],
    ['two correct choices', QUESTION.replace('<Choice>Just', '<Choice correct>Just'), /needs exactly one <Choice correct>, found 2/],
    [
      'a choice without a Why',
      QUESTION.replace(' <Why>By then its rows have shaped the preprocessing.</Why>', ''),
      /training\.mdx:13: <Question id="split-first"> \(question 1\), choice 2 needs one <Why>/,
    ],
    [
      'an empty Why',
      QUESTION.replace('<Why>By then its rows have shaped the preprocessing.</Why>', '<Why></Why>'),
      /choice 2: its <Why> is empty/,
    ],
    ['a missing id', QUESTION.replace(' id="split-first"', ''), /<Question> \(question 1\) needs an id="…" in lowercase kebab-case/],
    [
      'a misspelt attribute',
      QUESTION.replace('<Choice correct>', '<Choice corect>'),
      /<Choice> has an unknown attribute "corect" \(did you mean "correct"\?\)/,
    ],
    [
      'a misspelt element',
      QUESTION.replace('<Choice>Just', '<Choise>Just').replace('</Why></Choice>\n</Question>', '</Why></Choise>\n</Question>'),
      /<Choise> inside <Question id="split-first"> \(question 1\): after the question text only <Choice> elements go here \(did you mean <Choice>\?\)/,
    ],
    ['a duplicate id', `${QUESTION}\n${QUESTION}`, /the id "split-first" is already used on line 6/],
    ['no question text', QUESTION.replace('When is the test set set aside?\n', ''), /has no question text before its first <Choice>/],
    ['a single choice', QUESTION.replace(/<Choice>Just.*<\/Choice>\n/, ''), /needs at least two <Choice> elements, found 1/],
  ];
  for (const [what, body, message] of mistakes) {
    it(`refuses ${what}, naming file and line`, () => {
      expect(() => compile(quiz(body))).toThrow(message);
    });
  }

  it('refuses a Question outside a Quiz and a second Quiz', () => {
    expect(() => compile(`# Lesson\n\n${QUESTION}\n`)).toThrow(/training\.mdx:3: <Question> belongs inside a <Quiz>/);
    expect(() => compile(`${quiz(QUESTION)}\n${quiz(QUESTION)}`)).toThrow(/a lesson has one <Quiz>/);
  });
});
