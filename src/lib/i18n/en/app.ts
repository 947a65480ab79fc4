// The page's frame: header, view tabs, language switch.
export const app = {
  language: 'Language'
};
