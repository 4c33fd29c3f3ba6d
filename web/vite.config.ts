import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const pkg = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);

/**
 * Vendor chunks (rolldown's codeSplitting groups, the successor of manualChunks): react, antd and
 * echarts each get their own file, since antd and echarts together weigh 1.5 MB.
 */
const vendorGroups = [
  { name: 'react', test: pkg('react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser'), priority: 40 },
  { name: 'echarts', test: pkg('echarts|zrender'), priority: 30 },
  {
    name: 'antd',
    test: pkg(
      'antd|@ant-design|@rc-component|rc-[\\w-]+|@emotion|stylis|classnames|clsx|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|copy-to-clipboard|toggle-selection',
    ),
    priority: 20,
  },
  { name: 'vendor', test: pkg('[^\\\\/]+'), priority: 10 },
];

/** Web app build: root web/, output web/dist; the dev server sends /api to the Fastify server on :3000. */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is about 1.15 MB minified once the ledger's upload, steps and timeline join; the warning should flag
    // a chunk that grew past that, not antd itself.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
    // The shared contracts live outside web/.
    fs: { allow: [repoRoot] },
  },
});
