import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test-results/ holds throwaway course copies that tests build; tests/e2e is Playwright's.
    exclude: [...configDefaults.exclude, 'test-results/**', 'tests/e2e/**'],
  },
});
