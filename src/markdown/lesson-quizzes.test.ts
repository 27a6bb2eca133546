import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { LESSONS_DIRECTORY } from '../content/lesson-files.ts';
import { readLessonIndex } from '../content/lesson-index.ts';
import { readQuiz } from './quiz-syntax.ts';

const root = join(import.meta.dirname, '../..');
const stageLessons = readLessonIndex(root, LESSONS_DIRECTORY).filter((lesson) => lesson.stage !== undefined);

/** The course's own rule for its quizzes (the syntax allows more): every stage lesson checks understanding. */
describe('every stage lesson ends with a quiz', () => {
  it('there are stage lessons to check', () => expect(stageLessons.length).toBeGreaterThan(0));
  for (const lesson of stageLessons) {
    it(`${lesson.file}: three to five questions, just before its first exercise`, () => {
      const source = readFileSync(join(root, lesson.file), 'utf8');
      const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
      const quizzes: MdxJsxFlowElement[] = [];
      visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => void (node.name === 'Quiz' && quizzes.push(node)));
      expect(quizzes).toHaveLength(1);
      const questions = readQuiz(quizzes[0]!, lesson.file);
      expect(questions.length).toBeGreaterThanOrEqual(3);
      expect(questions.length).toBeLessThanOrEqual(5);
      for (const question of questions) expect(question.choices.length, question.id).toBeGreaterThanOrEqual(3);
      // The quiz closes the lesson's reading: nothing but the exercises comes after it.
      const after = tree.children.slice(tree.children.indexOf(quizzes[0]!) + 1);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Exercise')).toBe(true);
    });
  }
});
