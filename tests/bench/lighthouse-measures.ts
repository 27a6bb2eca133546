import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../src/markdown/find-chromium.ts';

/** Lighthouse's two scores for one page, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Audits that kept either score below 100, so a missed budget says what to fix. */
  shortfalls: string[];
}

/**
 * Runs Lighthouse (its default: a mid-range phone on a throttled connection, simulated) on
 * `url` in a fresh headless Chromium.
 */
export async function lighthouseScores(url: string, chromePath: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const shortfalls = ['performance', 'accessibility'].flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    );
    return { performance: score('performance'), accessibility: score('accessibility'), shortfalls };
  } finally {
    chrome.kill();
  }
}
