// Messages of src/lib/embed/ (English: the source every other language is typed against).
export const embed = {};
