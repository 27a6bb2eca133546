import { securityAttacks } from './bad-input-attacks.ts';
import { brokenFiles } from './bad-input-broken-files.ts';
import type { CorpusEntry } from './bad-input-entry.ts';
import { runawayCode } from './bad-input-runaway-code.ts';
import { tampering } from './bad-input-tampering.ts';
import { wrongAnswers } from './bad-input-wrong-answers.ts';

/**
 * The bad-input corpus: one entry per broken or hostile submission, with the outcome the
 * grader must give. The same entries run through `lifecycle-lab grade` (tests/) and through
 * the browser widget (tests/e2e/), so both environments are held to the same expectations.
 * Rows 1–24 are those of the project's bad-input list, one file per class; rows 17–19
 * concern exercises (impute, k-fold, time features, drift) that came later and are held by
 * those exercises' own wrong variants. Rows 25–26 are the security rounds' attacks.
 */
export const corpus: CorpusEntry[] = [...brokenFiles, ...runawayCode, ...wrongAnswers, ...tampering, ...securityAttacks];
