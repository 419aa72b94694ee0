import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Loaded by src/index.css through `@config`; Tailwind v4 reads the theme and plugins from here.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef6ff',
          100: '#d9eaff',
          500: '#2f6fed',
          600: '#1f5ad6',
          700: '#1a48ad',
        },
      },
      fontFamily: {
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
  plugins: [typography],
} satisfies Config;
