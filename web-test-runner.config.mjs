import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 80, statements: 80, functions: 70, branches: 70 },
    report: true,
    reportDir: 'coverage',
  },
};
