import { evaluateCorpus, TARGETS } from '../eval/evaluate';
import { formatReport } from '../eval/report';
import { expect, test } from './fixtures';

test('the starter pack marks the news corpus with at least 98% precision and 95% recall', async ({ context, server }, testInfo) => {
  test.setTimeout(120_000);
  const score = await evaluateCorpus(context, server.url);
  const report = formatReport(score);
  await testInfo.attach('accuracy report', { body: report, contentType: 'text/plain' });
  expect.soft(score.totals.precision, report).toBeGreaterThanOrEqual(TARGETS.precision);
  expect.soft(score.totals.recall, report).toBeGreaterThanOrEqual(TARGETS.recall);
});
