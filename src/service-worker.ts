/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support (product must-have: "works offline once loaded"). On install, the built app, the
 * files in static/ and every prerendered page are cached under this build's version; on activate,
 * caches of older builds are removed. Same-origin GETs of those are answered from the cache first.
 * Anything else goes to the network first (what it returns is cached) and falls back to the cache
 * when offline: in `vite dev` nothing is precached, so development never sees stale modules.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `socialsim-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/**
 * Cache keys of a page: `/kort`, `/kort/` and `/kort.html` are the same page on a static host. The
 * query string does not choose the page (`/kort?scenario=…` is `/kort`), so it is ignored for pages.
 */
function pageKeys(url: URL): string[] {
	const path = url.pathname;
	const bare = path.length > 1 ? path.replace(/\/$/, '').replace(/\.html$/, '') : path;
	return [path, bare, `${bare}/`, `${bare}.html`, bare === '/' ? '/index.html' : `${bare}/index.html`];
}

/** The precached response for a request, if it is one of the precached files or pages. */
async function precached(cache: Cache, request: Request, url: URL): Promise<Response | undefined> {
	if (PRECACHED.has(url.pathname)) return cache.match(url.pathname);
	if (request.mode === 'navigate') {
		for (const key of pageKeys(url)) {
			if (PRECACHED.has(key)) return cache.match(key);
		}
	}
	return undefined;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	const hit = await precached(cache, request, url);
	if (hit) return hit;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// Offline: what was fetched before, else (for a page) the start page, else fail.
		const earlier = await cache.match(request);
		if (earlier) return earlier;
		if (request.mode === 'navigate') {
			const home = await cache.match('/', { ignoreSearch: true });
			if (home) return home;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.headers.has('range')) return;
	event.respondWith(respond(request));
});
