// Messages of src/lib/training/ (English: the source every other language is typed against).
export const training = {};
