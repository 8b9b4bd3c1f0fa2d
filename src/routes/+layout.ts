// The app is a static site: every page is rendered to HTML at build time (adapter-static).
export const prerender = true;
