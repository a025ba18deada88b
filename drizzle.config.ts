import { defineConfig } from 'drizzle-kit';

// One migration set serves both drivers (PGlite and PostgreSQL): generate with `npx drizzle-kit generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './drizzle',
});
