/** Where lessons live, relative to the project root. */
export const LESSONS_DIRECTORY = './content/lessons';

/** Lesson files: Markdown or MDX, skipping partials whose names start with `_`. */
export const LESSON_FILE_PATTERN = '**/[^_]*.{md,mdx}';
