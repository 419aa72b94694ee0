// github.css colours highlight.js's tokens for a light box. In the dark theme they take GitHub Dark's colours,
// set from the <code> element with Tailwind's `dark` variant so they follow whatever the app's dark mode is
// keyed on. Important (!), because github.css is unlayered and would beat Tailwind's utilities layer otherwise.
// (Tailwind finds these classes by scanning this file: keep them whole literals.)
export const DARK_TOKEN_CLASSES = [
  'dark:[&_.hljs-keyword]:text-[#ff7b72]! dark:[&_.hljs-type]:text-[#ff7b72]! dark:[&_.hljs-template-variable]:text-[#ff7b72]!',
  'dark:[&_.hljs-title]:text-[#d2a8ff]!',
  'dark:[&_.hljs-attr]:text-[#79c0ff]! dark:[&_.hljs-literal]:text-[#79c0ff]! dark:[&_.hljs-number]:text-[#79c0ff]! dark:[&_.hljs-variable]:text-[#79c0ff]! dark:[&_.hljs-meta]:text-[#79c0ff]!',
  'dark:[&_.hljs-string]:text-[#a5d6ff]! dark:[&_.hljs-regexp]:text-[#a5d6ff]!',
  'dark:[&_.hljs-built_in]:text-[#ffa657]! dark:[&_.hljs-symbol]:text-[#ffa657]!',
  'dark:[&_.hljs-comment]:text-[#8b949e]!',
  'dark:[&_.hljs-subst]:text-[#c9d1d9]! dark:[&_.hljs-name]:text-[#c9d1d9]!',
].join(' ');
