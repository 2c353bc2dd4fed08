import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig(valid)).toMatchObject({ port: 3000, approvalsRequired: 2, logLevel: 'info', queuePrefix: 'accord' });
  });

  it('acts as the accord_app role unless told another, or none', () => {
    expect(loadConfig(valid).databaseAppRole).toBe('accord_app');
    expect(loadConfig({ ...valid, DATABASE_APP_ROLE: 'accord_api' }).databaseAppRole).toBe('accord_api');
    expect(loadConfig({ ...valid, DATABASE_APP_ROLE: 'none' }).databaseAppRole).toBeNull();
    expect(catchProblems({ ...valid, DATABASE_APP_ROLE: 'app; reset role' })).toEqual([expect.stringMatching(/^DATABASE_APP_ROLE: must be a PostgreSQL role name/)]);
  });

  it('reads the earlier webhook secret keys as a list', () => {
    const [first, second] = ['A', 'B'].map((letter) => `${letter.repeat(43)}=`);
    expect(loadConfig(valid).webhookSecretPreviousKeys).toEqual([]);
    expect(loadConfig({ ...valid, WEBHOOK_SECRET_KEY_PREVIOUS: `${first},${second}` }).webhookSecretPreviousKeys).toEqual([first, second]);
    expect(catchProblems({ ...valid, WEBHOOK_SECRET_KEY_PREVIOUS: `${first},short` })).toEqual([expect.stringMatching(/^WEBHOOK_SECRET_KEY_PREVIOUS: must be earlier WEBHOOK_SECRET_KEY values/)]);
  });

  it('trims the admin token, and refuses one with spaces inside or only spaces', () => {
    const token = 'a'.repeat(32);
    expect(loadConfig({ ...valid, ACCORD_ADMIN_TOKEN: `${token}\n` }).adminToken).toBe(token);
    expect(loadConfig({ ...valid, ACCORD_ADMIN_TOKEN: `  ${token} ` }).adminToken).toBe(token);
    for (const bad of [' '.repeat(30), `${token} ${token}`, 'a'.repeat(513)]) {
      expect(catchProblems({ ...valid, ACCORD_ADMIN_TOKEN: bad })).toEqual([expect.stringMatching(/^ACCORD_ADMIN_TOKEN: must be at least 24 characters, at most 512, without spaces/)]);
    }
  });

  it('reads numbers from their text', () => {
    expect(loadConfig({ ...valid, PORT: '8080', APPROVALS_REQUIRED: '3' })).toMatchObject({ port: 8080, approvalsRequired: 3 });
  });

  it('names every missing variable', () => {
    const problems = catchProblems({});
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^DATABASE_URL: is missing/), expect.stringMatching(/^REDIS_URL: is missing/)]),
    );
  });

  it('names every bad value with the reason', () => {
    const problems = catchProblems({ ...valid, PORT: 'eighty', APPROVALS_REQUIRED: '0', LOG_LEVEL: 'loud', ACCORD_ADMIN_TOKEN: 'short' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT: must be a whole number/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL: must be one of/);
    expect(problems.join('\n')).toMatch(/ACCORD_ADMIN_TOKEN: must be at least 24/);
  });
});

function catchProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
