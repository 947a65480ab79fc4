// Messages of src/lib/explorer/ (English: the source every other language is typed against).
export const explorer = {};
