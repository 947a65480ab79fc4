// Messages of src/lib/lecture/ (English: the source every other language is typed against).
export const lecture = {};
