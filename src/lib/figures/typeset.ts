// KaTeX and its stylesheet (~80 KiB of gzipped JavaScript, bundled: works offline), loaded
// apart from the page's first chunk: the equations sit below the figures, which come first.
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** TeX built by the page from numbers, never from user text, as KaTeX's HTML. */
export const typeset = (tex: string): string =>
  katex.renderToString(tex, { throwOnError: false, displayMode: true, output: 'html' });
