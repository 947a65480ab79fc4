// Messages of src/lib/tour/ (English: the source every other language is typed against).
export const tour = {};
