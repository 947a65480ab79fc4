// Messages of src/lib/sim/ (English: the source every other language is typed against).
export const sim = {};
