// Messages of src/lib/charts/ (English: the source every other language is typed against).
export const charts = {};
