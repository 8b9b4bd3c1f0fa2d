// The static server and the browser of the browser tests: build/ served on a free local port the way
// a static host would (exact file, then .html, then /index.html; 404.html otherwise), and Chromium
// found at $CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/google-chrome (installed with apt-get when
// running as root on Debian). Used by run.mjs and pages-run.mjs.

import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const buildDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'build');

/** Flags of the headless browser: no sandbox (root in a container), nothing that reaches the network. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---------------------------------------------------------------------------------------------
// Chromium

function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'];
	return candidates.find((p) => p && existsSync(p));
}

export function ensureChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit && !existsSync(explicit)) {
		fail(`CHROMIUM_PATH=${explicit} does not exist; point it at a Chromium or Chrome binary.`);
	}
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.error('Chromium not found; installing the Debian "chromium" package with apt-get …');
		const r = spawnSync(
			'/bin/sh',
			['-c', 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium'],
			{ stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
		);
		const installed = findChromium();
		if (r.status === 0 && installed) return installed;
		fail('Installing chromium with apt-get failed; install it manually (apt-get install chromium) or set CHROMIUM_PATH.');
	}
	fail('Chromium not found: install it (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.');
}

/** Stop the test run with one line of explanation. */
export function fail(message) {
	console.error(message);
	process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Static server for build/

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json'
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** Map a URL path to a file in build/, as a static host would: exact file, then .html, then /index.html. */
function resolveFile(urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const base = normalize(join(buildDir, decoded));
	if (base !== buildDir && !base.startsWith(buildDir + sep)) return undefined; // path traversal
	for (const candidate of [base, `${base.replace(/[\\/]$/, '')}.html`, join(base, 'index.html')]) {
		if (isFile(candidate)) return candidate;
	}
	return undefined;
}

export function startServer() {
	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(pathname);
		if (!file) {
			const notFound = join(buildDir, '404.html');
			res.writeHead(404, { 'Content-Type': MIME['.html'] });
			if (req.method === 'HEAD' || !isFile(notFound)) res.end('Not found');
			else createReadStream(notFound).pipe(res);
			return;
		}
		res.writeHead(200, {
			'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size,
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((resolveServer, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolveServer(server));
	});
}
