// Messages of src/lib/worker/ (English: the source every other language is typed against).
export const worker = {};
