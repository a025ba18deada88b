import pg from 'pg';

/** Creates an empty database on the test cluster, so each test file gets its own (files run in parallel). */
export async function createTestDatabase(baseUrl: string, prefix = 'knead_test'): Promise<string> {
  const name = `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
