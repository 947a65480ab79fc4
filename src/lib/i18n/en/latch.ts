// Messages of src/lib/latch/ (English: the source every other language is typed against).
export const latch = {};
