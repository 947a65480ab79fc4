// Messages of src/lib/worker/ (English: the source every other language is typed against). A
// worker that stops says why in the browser's words (`detail`), which only English quotes.
export const worker = {
  simFailed: (detail: string) => `the background computation failed (${detail || 'worker stopped'})`,
  sweepFailed: (detail: string) => `the background computation failed (${detail || 'the worker stopped'})`,
  trainFailed: (detail: string) => `the training worker failed (${detail || 'it stopped'})`,
  costFailed: (detail: string) => `the measurement failed (${detail || 'the worker stopped'})`
};
