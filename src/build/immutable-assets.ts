import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The caching rule for hosts that read `_headers` (Netlify, Cloudflare Pages): every file
 * under /_astro/ carries a hash of its content in its name, so a browser may keep it for a
 * year without asking again; a new build gives changed files new names. Without the rule
 * such hosts make a returning learner's browser revalidate each script, stylesheet and
 * worker one request at a time as the page discovers them (about 200 ms before the editor
 * is ready on the bench's repeat visit). Pages and sw.js keep their revalidation, so a new
 * deploy is seen at once.
 */
export const IMMUTABLE_ASSETS_RULE = `/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

/** Appends the rule to `_headers` after the build (hosts merge every rule a path matches). */
export function immutableAssets(): AstroIntegration {
  return {
    name: 'lifecycle-lab:immutable-assets',
    hooks: {
      'astro:build:done': ({ dir }) => appendFileSync(join(fileURLToPath(dir), '_headers'), IMMUTABLE_ASSETS_RULE),
    },
  };
}
