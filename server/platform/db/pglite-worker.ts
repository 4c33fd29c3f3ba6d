import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
  dataDir: string;
}

/** Runs PGlite on its own thread and serves it over loopback TCP, so the HTTP thread never blocks on SQL. */
async function main(): Promise<void> {
  const { dataDir } = workerData as WorkerInput;
  const db = await PGlite.create(dataDir, {
    // Keeps the embedded write-ahead log small; the default lets it grow to twice the data.
    postgresqlconf: ['max_wal_size = 64MB', 'min_wal_size = 32MB'],
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  const address = server.getServerConn();
  parentPort?.postMessage({ type: 'ready', address });
  parentPort?.on('message', async (msg: { type: string; id?: number; sql?: string; data?: Uint8Array; deferChecks?: boolean }) => {
    if (msg.type === 'copy' && msg.sql && msg.data) {
      // COPY FROM STDIN does not pass through the socket, so bulk loads hand the rows over as a blob instead.
      try {
        // Per-row foreign-key triggers dominate a bulk load in PGlite; the caller checks references set-based afterwards.
        if (msg.deferChecks) await db.exec('set session_replication_role = replica');
        const res = await db.query(msg.sql, [], { blob: new Blob([new Uint8Array(msg.data)]) });
        parentPort?.postMessage({ type: 'copied', id: msg.id, rows: res.affectedRows ?? 0 });
      } catch (err) {
        parentPort?.postMessage({ type: 'copy-error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
      } finally {
        if (msg.deferChecks) await db.exec('set session_replication_role = origin');
      }
      return;
    }
    if (msg.type === 'stop') {
      await server.stop();
      await db.close();
      parentPort?.postMessage({ type: 'stopped' });
    }
  });
}

main().catch((err: unknown) => {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
});
