// Messages of src/lib/gradients/ (English: the source every other language is typed against).
export const gradients = {};
