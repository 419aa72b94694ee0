import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Loaded by src/index.css through `@config`; Tailwind v4 reads the theme and plugins from here. The colours (brand
// included) and the dark variant live in src/index.css: only @theme colours become CSS variables that the dark
// theme can change, and the dark variant follows the Theme choice as well as the system.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
  plugins: [typography],
} satisfies Config;
