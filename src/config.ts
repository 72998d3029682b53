import path from 'node:path';

/** Every setting the app reads, with its default. Only environment variables listed here are read. */
export type AppConfig = {
  port: number;
  dataDir: string;
  /** Largest single file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest upload request (several files), in bytes. */
  maxRequestBytes: number;
  /** Largest total uncompressed size of a zip-based format (docx, ofd), guarding against zip bombs. */
  maxExpandedBytes: number;
  /** Files parsed at once by a bulk import. */
  importConcurrency: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.ZHIDU_DATA_DIR ?? 'data'),
    maxFileBytes: 50 * 1024 * 1024,
    maxRequestBytes: 200 * 1024 * 1024,
    maxExpandedBytes: 300 * 1024 * 1024,
    importConcurrency: 4,
  };
}

export function databasePath(config: Pick<AppConfig, 'dataDir'>) {
  return path.join(config.dataDir, 'zhidu.sqlite');
}
