// Messages of src/lib/model/ (English: the source every other language is typed against).
export const model = {};
