import { createServer, type AddressInfo } from 'node:net';

/** A TCP port the system reports free, for servers that cannot bind port 0 themselves (PostgreSQL). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
