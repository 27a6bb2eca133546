import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { lessonFields } from './content/lesson-frontmatter.ts';
import { LESSONS_DIRECTORY, LESSON_FILE_PATTERN } from './content/lesson-files.ts';
import { exerciseMetadata } from './exercises/exercise-metadata.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: LESSONS_DIRECTORY, pattern: LESSON_FILE_PATTERN }),
    schema: docsSchema({ extend: lessonFields }),
  }),
  // One entry per exercise folder: its task.md (statement + metadata), id = folder name.
  exercises: defineCollection({
    loader: glob({
      base: './content/exercises',
      pattern: '*/task.md',
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: exerciseMetadata,
  }),
  // Starlight reads its UI strings from src/content/i18n/ (keyed by file path there); the course words a few of them for lessons.
  // (Declaring it also keeps `astro dev` from warning that the collection is missing.)
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
};
