import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/**
 * Two checks against bench/budgets.json. The send count is exact: any setData on the events
 * source while only the date moves is the regression itself. The time ratio catches slowdowns
 * that do not go through setData; it compares with the naive baseline measured in the same page
 * a minute later, so a slower machine moves both sides and mostly cancels out.
 */
export function quickGuard(results) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));
  const d = results.datasets[0];
  if (!d) {
    console.error('FAIL: the 10k dataset did not run.');
    return true;
  }
  let failed = false;
  const maxSends = budgets.quickScrubSourceSendsMax ?? 0;
  if (d.scrubSourceSends > maxSends) {
    console.error(
      `FAIL: the app sent data to the events source ${d.scrubSourceSends} times during ${results.plan.scrubSteps} scrub steps ` +
        `(budget ${maxSends}, bench/budgets.json quickScrubSourceSendsMax). Moving the date must never re-send the events source.`,
    );
    failed = true;
  }
  const max = budgets.quickScrubRatioMax;
  if (d.ratioP95 > max) {
    console.error(
      `FAIL: scrub p95 ${d.scrubMs.p95} ms is ${d.ratioP95}× the naive setData p95 ${d.naiveMs.p95} ms at ${d.events} events ` +
        `(budget ≤ ${max}×, bench/budgets.json quickScrubRatioMax). ${failed ? 'The re-sending above explains it.' : 'Something other than setData got slower: profile a slider move at 10k events.'}`,
    );
    failed = true;
  }
  if (!failed)
    console.log(`quick guard OK: scrub/naive p95 ratio ${d.ratioP95} ≤ ${max}; source sends ${d.scrubSourceSends} ≤ ${maxSends}`);
  return failed;
}
