// Adds lock entries for optional, platform-specific binaries that the npm registry reachable here lacks.
//
// Why: this machine's registry mirror serves only the Linux builds of the newest @pagefind/* and
// @astrojs/compiler-binding-* packages, so `npm install` leaves the other platforms out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. An entry with the version and
// the package's os/cpu is enough: npm skips it on other platforms and fetches it where it applies.
// Run after every `npm install`: node scripts/lockfile-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = [
  [/android-arm64/, { os: ['android'], cpu: ['arm64'] }],
  [/darwin-arm64/, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-x64/, { os: ['darwin'], cpu: ['x64'] }],
  [/freebsd-x64/, { os: ['freebsd'], cpu: ['x64'] }],
  [/linux-arm64-gnu/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/linux-arm64-musl/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-x64-musl/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/linux-arm64$/, { os: ['linux'], cpu: ['arm64'] }],
  [/wasm32-wasi/, { cpu: ['wasm32'] }],
  [/(win32|windows)-arm64/, { os: ['win32'], cpu: ['arm64'] }],
  [/(win32|windows)-x64/, { os: ['win32'], cpu: ['x64'] }],
];

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const [path, meta] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = PLATFORMS.find(([re]) => re.test(name));
    if (!platform) throw new Error(`${path}: optional dependency ${name} is missing from the lock and its platform is unknown`);
    lock.packages[key] = { version: version.replace(/^[\^~]/, ''), optional: true, ...platform[1] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
