// Messages of src/lib/export/ (English: the source every other language is typed against).
export const exporting = {};
