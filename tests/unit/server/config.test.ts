import { describe, expect, it } from 'vitest';

import { ANY_EXTENSION_ORIGIN, ConfigError, loadConfig } from '../../../server/src/config.ts';
import { DEFAULT_ZOOM_CONFIG } from '../../../server/src/zoom-config.ts';

const REQUIRED_ENV = {
  ZOOM_MEETING_SDK_KEY: 'key-123',
  ZOOM_MEETING_SDK_SECRET: 'secret-456',
};

function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses port 4000, host 127.0.0.1 and extension origins when only the keys are set', () => {
    expect(loadConfig(REQUIRED_ENV)).toEqual({
      sdkKey: 'key-123',
      sdkSecret: 'secret-456',
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: ANY_EXTENSION_ORIGIN,
      zoom: DEFAULT_ZOOM_CONFIG,
    });
  });

  it('reads PORT, HOST and CORS_ORIGINS', () => {
    const config = loadConfig({
      ...REQUIRED_ENV,
      PORT: '8080',
      HOST: '0.0.0.0',
      CORS_ORIGINS: 'chrome-extension://abc, http://localhost:5173',
    });

    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.corsOrigins).toEqual(['chrome-extension://abc', 'http://localhost:5173']);
  });

  it('lowercases origins, since browsers send them that way', () => {
    const config = loadConfig({ ...REQUIRED_ENV, CORS_ORIGINS: 'Chrome-Extension://ABC' });

    expect(config.corsOrigins).toEqual(['chrome-extension://abc']);
  });

  it('trims whitespace around the key and the secret', () => {
    const config = loadConfig({
      ZOOM_MEETING_SDK_KEY: ' key-123\r',
      ZOOM_MEETING_SDK_SECRET: '\tsecret-456 ',
    });

    expect(config.sdkKey).toBe('key-123');
    expect(config.sdkSecret).toBe('secret-456');
  });

  it.each([
    ['PORT', { PORT: '' }, 'port', 4000],
    ['HOST', { HOST: ' ' }, 'host', '127.0.0.1'],
    ['CORS_ORIGINS', { CORS_ORIGINS: ' , ' }, 'corsOrigins', ANY_EXTENSION_ORIGIN],
  ])('treats a blank %s as unset', (_name, env, field, expected) => {
    const config = loadConfig({ ...REQUIRED_ENV, ...env });

    expect(config[field as keyof typeof config]).toEqual(expected);
  });

  it.each(['0', '65535'])('accepts PORT %s', (port) => {
    expect(loadConfig({ ...REQUIRED_ENV, PORT: port }).port).toBe(Number(port));
  });

  it.each(['65536', '-1', 'abc', '80.5', '4000x', '1e3'])('refuses PORT %s', (port) => {
    const error = configErrorOf({ ...REQUIRED_ENV, PORT: port });

    expect(error.message).toContain(`PORT must be a whole number from 0 to 65535, got "${port}"`);
    expect(error.missing).toEqual([]);
  });

  it('names the missing key, and only it', () => {
    const error = configErrorOf({ ZOOM_MEETING_SDK_SECRET: 'secret-456' });

    expect(error.missing).toEqual(['ZOOM_MEETING_SDK_KEY']);
    expect(error.message).toContain('ZOOM_MEETING_SDK_KEY is not set');
    expect(error.message).not.toContain('ZOOM_MEETING_SDK_SECRET');
  });

  it('names the missing secret, and only it', () => {
    const error = configErrorOf({ ZOOM_MEETING_SDK_KEY: 'key-123' });

    expect(error.missing).toEqual(['ZOOM_MEETING_SDK_SECRET']);
    expect(error.message).toContain('ZOOM_MEETING_SDK_SECRET is not set');
    expect(error.message).not.toContain('ZOOM_MEETING_SDK_KEY');
  });

  it('names both when both are missing, and says where to set them', () => {
    const error = configErrorOf({});

    expect(error.missing).toEqual(['ZOOM_MEETING_SDK_KEY', 'ZOOM_MEETING_SDK_SECRET']);
    expect(error.message).toContain('ZOOM_MEETING_SDK_KEY is not set');
    expect(error.message).toContain('ZOOM_MEETING_SDK_SECRET is not set');
    expect(error.message).toContain('in the environment, or in a .env file');
    expect(error.message).toContain('server/.env.example');
  });

  it('counts a blank secret as missing', () => {
    const error = configErrorOf({ ...REQUIRED_ENV, ZOOM_MEETING_SDK_SECRET: '   ' });

    expect(error.missing).toEqual(['ZOOM_MEETING_SDK_SECRET']);
  });

  it('counts server/.env.example copied unedited as missing, and says so', () => {
    const error = configErrorOf({
      ZOOM_MEETING_SDK_KEY: 'your-client-id',
      ZOOM_MEETING_SDK_SECRET: 'your-client-secret',
    });

    expect(error.missing).toEqual(['ZOOM_MEETING_SDK_KEY', 'ZOOM_MEETING_SDK_SECRET']);
    expect(error.message).toContain(
      "ZOOM_MEETING_SDK_SECRET still holds server/.env.example's text",
    );
  });

  it('reports every problem at once', () => {
    const error = configErrorOf({ PORT: 'abc', CORS_ORIGINS: 'https://a.example/' });

    expect(error.problems).toHaveLength(4);
  });

  it.each(['https://a.example/', 'https://a.example/path', '*', 'a.example'])(
    'refuses the CORS_ORIGINS entry %s, naming it',
    (entry) => {
      const error = configErrorOf({
        ...REQUIRED_ENV,
        CORS_ORIGINS: `chrome-extension://abc,${entry}`,
      });

      expect(error.problems).toHaveLength(1);
      expect(error.message).toContain(`CORS_ORIGINS entry "${entry}" is not an origin`);
    },
  );

  it('never repeats the secret in its message', () => {
    const error = configErrorOf({ ...REQUIRED_ENV, PORT: 'nope' });

    expect(error.message).not.toContain(REQUIRED_ENV.ZOOM_MEETING_SDK_SECRET);
  });

  it('is an Error named ConfigError', () => {
    const error = configErrorOf({});

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
  });
});
