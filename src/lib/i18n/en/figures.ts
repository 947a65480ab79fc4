// Messages of src/lib/figures/ (English: the source every other language is typed against).
export const figures = {};
