import { evaluateAll, verdicts } from '../eval/evaluate';
import { formatReport } from '../eval/report';
import { expect, test } from './fixtures';

test('the installed packs mark the Syria corpus with 98% precision and 95% recall, and both corpora with 98% precision', async ({
  context,
  server,
}, testInfo) => {
  test.setTimeout(300_000);
  const evaluation = await evaluateAll(context, server.url);
  const report = formatReport(evaluation);
  await testInfo.attach('accuracy report', { body: report, contentType: 'text/plain' });
  for (const verdict of verdicts(evaluation)) expect.soft(verdict.met, `${verdict.says}\n\n${report}`).toBe(true);
});
