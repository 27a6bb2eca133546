// The grading core runs unchanged in a browser worker, on the page and in Node, so it may
// depend on none of them. This config is that rule for src/grading (`npm run lint`, part of
// `npm test`, passes it with -c, so globs are relative to the project root);
// core-purity.test.ts proves that it bites.
import typescriptParser from '@typescript-eslint/parser';

const ENVIRONMENT_GLOBALS = [
  ['document', 'the DOM'],
  ['window', 'the DOM'],
  ['navigator', 'the browser'],
  ['location', 'the browser'],
  ['localStorage', 'the browser'],
  ['sessionStorage', 'the browser'],
  ['self', 'a worker'],
  ['importScripts', 'a worker'],
  ['postMessage', 'a worker'],
  ['process', 'Node'],
  ['require', 'Node'],
  ['module', 'Node'],
  ['Buffer', 'Node'],
  ['global', 'Node'],
  ['__dirname', 'Node'],
  ['__filename', 'Node'],
].map(([name, owner]) => ({
  name,
  message: `${name} belongs to ${owner}; the grading core must run everywhere: take it from the GradingEnvironment or the realm's entry point instead.`,
}));

export default [
  {
    files: ['**/*.ts'],
    ignores: ['**/*.test.ts', '**/grading/testing/**'],
    languageOptions: { parser: typescriptParser, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error', noInlineConfig: true },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Node modules belong in src/cli or src/exercises, not in the grading core.' },
            {
              regex: '^(fs|path|os|url|vm|util|worker_threads|child_process|perf_hooks|crypto)(/|$)',
              message: 'Node built-ins belong in src/cli, not in the grading core.',
            },
            { regex: '^astro(:|/|$)', message: 'Astro belongs to the site, not to the grading core.' },
            { regex: '^\\.\\./', message: 'The grading core imports only from src/grading: nothing outside it may leak in.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...ENVIRONMENT_GLOBALS],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'No dynamic import() in the grading core: what it loads depends on the environment.' },
        { selector: 'TSImportType', message: "No import('…') types reaching outside the core." },
      ],
    },
  },
];
