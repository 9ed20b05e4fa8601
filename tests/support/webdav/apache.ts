import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_CREDENTIALS, type Credentials, type WebDavTestServer } from './memory-server';

const HTTPD = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const REQUIRED_MODULES = [
  'mpm_prefork',
  'authn_core',
  'authn_file',
  'auth_basic',
  'authz_core',
  'authz_user',
  'dav',
  'dav_fs',
];

export interface ApacheServer extends WebDavTestServer {
  /** The served folder on disk, to see what an interrupted write left behind. */
  documentRoot: string;
  /** Stops httpd, as a crash or a reboot would; the files stay. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same files. */
  start(): Promise<void>;
}

interface RunAs {
  user: string;
  uid: number;
  gid: number;
}

/**
 * Debian's Apache httpd with mod_dav_fs, run from its own config in a temporary folder (nothing
 * of the system's /etc/apache2 is read), on 127.0.0.1 at a free port, Basic auth from a
 * password file we write ourselves. `sh tests/support/ensure-deps.sh` installs it (apache2-bin).
 */
export async function startApache(credentials: Credentials = TEST_CREDENTIALS): Promise<ApacheServer> {
  if (!existsSync(HTTPD)) {
    throw new Error(
      `${HTTPD} is missing: run "sh tests/support/ensure-deps.sh" as root, or "apt-get install apache2-bin".`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'backstory-apache-'));
  const runAs = process.getuid?.() === 0 ? unprivilegedUser() : undefined;
  await prepareFolder(dir, credentials, runAs);
  const config = join(dir, 'httpd.conf');
  const { httpd: first, port } = await launchOnFreePort(config, dir, runAs);
  let httpd = first;
  return {
    url: `http://127.0.0.1:${port}/`,
    ...credentials,
    documentRoot: join(dir, 'htdocs'),
    stop: () => terminate(httpd),
    start: async () => {
      if (httpd.exitCode === null && httpd.signalCode === null) return;
      httpd = await launch(config, port, dir);
    },
    close: async () => {
      await terminate(httpd);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * As root, httpd refuses to serve requests as root and switches to `User`: the served and lock
 * folders must belong to that user, and the temporary folder must let it in.
 */
async function prepareFolder(dir: string, credentials: Credentials, runAs: RunAs | undefined): Promise<void> {
  await chmod(dir, 0o755);
  for (const sub of ['htdocs', 'lock', 'run']) {
    await mkdir(join(dir, sub));
    if (runAs) await chown(join(dir, sub), runAs.uid, runAs.gid);
  }
  // {SHA} (Base64 of SHA-1) is accepted by mod_authn_file on every platform, unlike plain text,
  // and needs no htpasswd binary. The name is matched byte for byte, so UTF-8 works.
  const hash = createHash('sha1').update(credentials.password, 'utf8').digest('base64');
  await writeFile(join(dir, 'users'), `${credentials.user}:{SHA}${hash}\n`, { mode: 0o644 });
}

function httpdConfig(dir: string, port: number, runAs: RunAs | undefined): string {
  return [
    `ServerRoot "${dir}"`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile "${dir}/run/httpd.pid"`,
    `DefaultRuntimeDir "${dir}/run"`,
    `ErrorLog "${dir}/error.log"`,
    'LogLevel warn',
    ...REQUIRED_MODULES.map((name) => `LoadModule ${name}_module "${MODULES}/mod_${name}.so"`),
    ...(runAs ? [`User ${runAs.user}`, `Group #${runAs.gid}`] : []),
    'StartServers 2',
    'MinSpareServers 1',
    'MaxSpareServers 4',
    'MaxRequestWorkers 8',
    'KeepAliveTimeout 2',
    `DavLockDB "${dir}/lock/DavLock"`,
    `DocumentRoot "${dir}/htdocs"`,
    `<Directory "${dir}/htdocs">`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "Backstory test"',
    '  AuthBasicProvider file',
    `  AuthUserFile "${dir}/users"`,
    '  Require valid-user',
    '</Directory>',
    '',
  ].join('\n');
}

/** www-data on Debian, else nobody: whichever exists. */
function unprivilegedUser(): RunAs {
  const lines = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'));
  for (const name of ['www-data', 'nobody']) {
    const entry = lines.find((fields) => fields[0] === name);
    if (entry?.[2] && entry[3]) return { user: name, uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  throw new Error('Running as root, but there is neither a www-data nor a nobody user for httpd to switch to.');
}

/**
 * A free port can be taken by another test file's server between our probe and httpd's bind;
 * httpd then exits with "Address already in use", and we try another port.
 */
async function launchOnFreePort(
  config: string,
  dir: string,
  runAs: RunAs | undefined,
): Promise<{ httpd: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    await writeFile(config, httpdConfig(dir, port, runAs));
    try {
      return { httpd: await launch(config, port, dir), port };
    } catch (error) {
      if (attempt === 3 || !/Address already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function launch(config: string, port: number, dir: string): Promise<ChildProcess> {
  const pidFile = join(dir, 'run', 'httpd.pid');
  await rm(pidFile, { force: true });
  await writeFile(join(dir, 'error.log'), '');
  // Detached into its own process group: prefork's parent signals its whole group when it stops,
  // which would otherwise take the test runner down with it.
  const httpd = spawn(HTTPD, ['-f', config, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  // Detached, it would outlive a test runner that crashes or is interrupted.
  const killOnExit = () => httpd.kill('SIGTERM');
  process.once('exit', killOnExit);
  httpd.once('exit', () => process.off('exit', killOnExit));
  let stderr = '';
  httpd.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await waitUntilServing(httpd, pidFile, port);
  } catch (error) {
    await terminate(httpd);
    const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
    throw new Error(`httpd did not start: ${(error as Error).message}\n${stderr}${log}`);
  }
  return httpd;
}

/** SIGTERM: the parent stops its children (prefork) before it exits, so nothing keeps serving. */
async function terminate(httpd: ChildProcess): Promise<void> {
  if (httpd.exitCode !== null || httpd.signalCode !== null) return;
  const exited = new Promise((done) => httpd.once('exit', done));
  httpd.kill('SIGTERM');
  const timer = setTimeout(() => httpd.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * httpd writes its pid file only once it holds its port, so a connection that succeeds before
 * then could be some other server that took the port; both must hold, from this very process.
 */
async function waitUntilServing(httpd: ChildProcess, pidFile: string, port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (httpd.exitCode !== null) throw new Error(`it exited with code ${httpd.exitCode}`);
    const pid = await readFile(pidFile, 'utf8').catch(() => '');
    if (pid.trim() === String(httpd.pid) && (await accepts(port))) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('it did not listen within 10 s');
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}
