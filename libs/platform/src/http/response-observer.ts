import type { FastifyInstance } from 'fastify';

/** One answer as the client receives it; `body` is absent when it is streamed (proxied, downloads). */
export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  body: string | undefined;
}

export type ResponseObserver = (response: ObservedResponse) => void;

/**
 * Hands every answer to `observer` just before it is sent. Off in production; the test platform uses it
 * to check each response of the end-to-end suite against the committed OpenAPI document.
 */
export function installResponseObserver(fastify: FastifyInstance, observer: ResponseObserver): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const body = typeof payload === 'string' ? payload : payload instanceof Buffer ? payload.toString('utf8') : undefined;
    const contentType = reply.getHeader('content-type');
    observer({
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      body,
    });
    done(null, payload);
  });
}
