/** `knead serve`'s default port, known without loading Fastify; server-defaults.test.ts keeps it equal to the server's DEFAULT_PORT. */
export const DEFAULT_SERVE_PORT = 5317;
