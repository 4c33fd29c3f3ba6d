// Builds the web app (web/ -> web/dist) with Vite's JS API.
// The build is skipped when web/dist/index.html is newer than every file under web/ and
// contracts/ and than package-lock.json, so a second `npm start` starts at once.
// `node scripts/build-web.mjs --force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'web', 'dist');
const marker = join(dist, 'index.html');
const force = process.argv.includes('--force');

/** Latest modification time of any file under `dir`, skipping the build output and dependencies. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === dist || entry.name === 'node_modules') continue;
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function upToDate() {
  if (!existsSync(marker)) return false;
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'contracts')), statSync(join(root, 'package-lock.json')).mtimeMs);
  return statSync(marker).mtimeMs > sources;
}

if (!force && upToDate()) {
  console.log('web: web/dist is up to date, build skipped (use --force to rebuild)');
} else {
  await build({ configFile: join(root, 'web', 'vite.config.ts') });
}
