// Messages of src/lib/controls/ (English: the source every other language is typed against).
export const controls = {};
