import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      'out-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      '.cache/**',
    ],
  },
  ...coreWebVitals,
  ...typescript,
  {
    rules: {
      // Client leaves must never pull in the build-time pipeline (native addon, full dictionary).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'nodejieba', message: 'Only lib/segment may load nodejieba (server-only).' }] },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/segment/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
