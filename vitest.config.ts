import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test-results/ and .course-copies/ hold throwaway course copies that tests build; tests/e2e is Playwright's.
    exclude: [...configDefaults.exclude, 'test-results/**', '.course-copies/**', 'tests/e2e/**'],
  },
});
