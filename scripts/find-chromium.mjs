// Finds the Chromium the tests drive. Never downloads a browser: CHROME_PATH first, then Debian's
// /usr/bin/chromium; as root on a Debian-like system it installs the `chromium` package with apt-get.
import { existsSync, accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * As the shared bench runs it: the flags above, and no host name resolves but 127.0.0.1, so a page
 * can reach only the local server (a request elsewhere fails instead of waiting on the network).
 */
export const OFFLINE_CHROMIUM_FLAGS = [
  ...CHROMIUM_FLAGS,
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const DEBIAN_PATH = '/usr/bin/chromium';
const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function candidates() {
  return [process.env.CHROME_PATH, DEBIAN_PATH].filter(Boolean);
}

function tryInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error('Chromium introuvable : installation du paquet Debian « chromium »…');
  console.error('Chromium not found: installing the Debian package "chromium"…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  } catch {
    // An offline or stale index can still install from the cache; let install decide.
  }
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  return true;
}

/** Returns the path of a usable Chromium, installing it when allowed, or throws with the fix. */
export function findChromium({ install = true } = {}) {
  const found = candidates().find(isExecutable);
  if (found) return found;
  if (install && tryInstallWithApt()) {
    const installed = candidates().find(isExecutable);
    if (installed) return installed;
  }
  throw new Error(
    [
      'Chromium est introuvable. Installez-le puis relancez (ou indiquez son chemin dans CHROME_PATH) :',
      `  ${INSTALL_COMMAND}`,
      'Chromium was not found. Install it and run again (or set CHROME_PATH to its path):',
      `  ${INSTALL_COMMAND}`,
    ].join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
