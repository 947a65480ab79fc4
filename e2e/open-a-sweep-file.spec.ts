// A lecturer trains a sweep overnight with the CLI and opens its file on the Training view: the
// chart shows the file's runs and says so; the caption's counts are the file's own verdicts; the
// CSV export holds them. A bad file says what is wrong and changes nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { save } from './export-files';
import { expect, test } from './fixtures';

test('a sweep file from the CLI opens on the page; a bad one says what is wrong and changes nothing', async ({
  page
}, info) => {
  test.setTimeout(120_000);
  // a small real sweep, written by the CLI as a lecturer would (npm run --silent train -- SWEEP.json > sweep.json)
  const specPath = info.outputPath('SWEEP.json');
  writeFileSync(
    specPath,
    JSON.stringify({
      arch: 'lstm',
      task: 'adding',
      hidden: 4,
      steps: [8, 12],
      seeds: 2,
      iterations: 100,
      evalEvery: 50
    })
  );
  const sweepPath = info.outputPath('sweep.json');
  writeFileSync(sweepPath, execFileSync('node', ['dist-cli/train.mjs', specPath]));
  const file = JSON.parse(readFileSync(sweepPath, 'utf8'));
  const solved = (T: number) =>
    file.runs.filter(
      (r: { spec: { steps: number }; solvedAt: number | null }) => r.spec.steps === T && r.solvedAt !== null
    ).length;

  await page.goto('/?view=training&compare=rnn,gru&hidden=8');
  const url = page.url();
  await page.getByLabel('Open a sweep file…').setInputFiles(sweepPath);
  const note = page.getByTestId('sweep-file-note');
  await expect(note).toContainText(
    'Showing the file sweep.json: 4 runs trained by the command line (LSTM, 4 units, forget bias 1, ' +
      'adding at T = 8, 12, 2 seeds each, 100 iterations, Adam at rate 0.01, clip 1, batches of 32), ' +
      'not the controls below.'
  );
  const caption = page.getByTestId('sweep-caption');
  await expect(caption).toContainText(
    `Solved (95% accuracy) within 100 iterations: LSTM: ${solved(8)} of 2 at T = 8, ${solved(12)} of 2 at T = 12.`
  );
  await expect(caption).toContainText('4 of 4 runs done.');
  await expect(page.getByRole('heading', { name: /Success against sequence length/ })).toContainText('adding problem');
  expect(page.url()).toBe(url); // the controls, and so the address, are untouched

  // its data and picture export like every training figure
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByLabel('Figure').selectOption('train-sweep');
  const csv = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  expect(csv.map((r) => [r.T, r.lstm_finished, r.lstm_solved])).toEqual([
    ['8', '2', String(solved(8))],
    ['12', '2', String(solved(12))]
  ]);
  expect((await save(page, 'SVG')).bytes.toString('utf8')).toContain('sequence length T');
  await page.keyboard.press('Escape');

  // a file that is not JSON, and one with a negative length: a message naming what is wrong, nothing else moves
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, '{"spec": {"arch": ');
  await page.getByLabel('Open a sweep file…').setInputFiles(bad);
  const problem = page.getByTestId('sweep-file-problem');
  await expect(problem).toContainText('bad.json: sweep file: must be JSON');
  await expect(note).toContainText('Showing the file sweep.json');
  await expect(caption).toContainText('4 of 4 runs done.');
  const negative = info.outputPath('negative.json');
  file.runs[1].spec.steps = -8;
  writeFileSync(negative, JSON.stringify(file));
  await page.getByLabel('Open a sweep file…').setInputFiles(negative);
  await expect(problem).toContainText(
    'negative.json: sweep file: runs[1].spec.steps: must be an integer from 8 to 1000, got -8'
  );
  await expect(note).toContainText('Showing the file sweep.json');
  expect(page.url()).toBe(url);

  // closing the file leaves the page's own (empty) sweep
  await page.getByTestId('sweep-close-file').click();
  await expect(note).toHaveCount(0);
  await expect(caption).toHaveCount(0);
});

test('a sweep file dropped on the sweep opens as the chosen one does', async ({ page }, info) => {
  const specPath = info.outputPath('SWEEP.json');
  writeFileSync(specPath, JSON.stringify({ arch: 'gru', task: 'adding', hidden: 2, steps: 8, iterations: 20 }));
  const text = execFileSync('node', ['dist-cli/train.mjs', specPath]).toString('utf8'); // one run: a sweep of one
  await page.goto('/?view=training');
  const section = page.getByTestId('sweep-section');
  const drop = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'one-run.json', { type: 'application/json' }));
    return dt;
  }, text);
  await section.dispatchEvent('dragover', { dataTransfer: drop });
  await section.dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByTestId('sweep-file-note')).toContainText(
    'Showing the file one-run.json: 1 run trained by the command line (GRU, 2 units, update bias 1, ' +
      'adding at T = 8, 1 seed each'
  );
  const solved = JSON.parse(text).solvedAt === null ? 0 : 1; // the trainer's own verdict, from the file
  await expect(page.getByTestId('sweep-caption')).toContainText(`GRU: ${solved} of 1 at T = 8`);
});
