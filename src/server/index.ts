// dyad's HTTP face: the Hono app (no socket; tests use app.request) and serve(), which listens.
export { createApp, bearerMatches, DEFAULT_BODY_LIMIT, type AppOptions } from './app.js';
export { serve, isLoopback, type ServeOptions, type RunningServer } from './serve.js';
export { loadSite, type Site } from './site.js';
export { ROUTES } from './routes.js';
export { openApiDocument } from './openapi.js';
