import { problemForStatus, problemType, type ProblemDetails } from '#platform/problems';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const TIMED_OUT = new Set([
  'FST_REPLY_FROM_GATEWAY_TIMEOUT',
  'FST_REPLY_FROM_TIMEOUT',
  'FST_REPLY_FROM_HTTP_REQUEST_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

interface CodedError {
  code?: string;
  cause?: CodedError;
}

function codesOf(error: CodedError | undefined): string[] {
  const codes: string[] = [];
  for (let current = error; current !== undefined && codes.length < 5; current = current.cause) {
    if (current.code) codes.push(current.code);
  }
  return codes;
}

/** Whether the request never reached the service (nothing listening), so another instance may take it. */
export function isUnreachable(error: CodedError): boolean {
  return codesOf(error).some((code) => UNREACHABLE.has(code));
}

/** 503 when nothing answers, 504 when the service is too slow, 502 for anything else it did wrong. */
export function upstreamProblem(service: string, error: CodedError): ProblemDetails {
  const codes = codesOf(error);
  if (isUnreachable(error)) {
    return { ...problemForStatus(503, `The ${service} service is not reachable; try again shortly.`), type: problemType('service-unavailable'), service };
  }
  if (codes.some((code) => TIMED_OUT.has(code))) {
    return { ...problemForStatus(504, `The ${service} service did not answer in time.`), type: problemType('gateway-timeout'), service };
  }
  return { ...problemForStatus(502, `The ${service} service gave an invalid response.`), type: problemType('bad-gateway'), service };
}
