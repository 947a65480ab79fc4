// Messages of src/lib/reach/ (English: the source every other language is typed against).
export const reach = {};
