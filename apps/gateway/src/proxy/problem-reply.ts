import { PROBLEM_CONTENT_TYPE, REQUEST_ID_HEADER, type ProblemDetails } from '#platform';

/** The slice of a reply this needs; reply-from's error callback hands over a differently typed reply. */
interface ProblemReply {
  request: { url: string; headers: Record<string, string | string[] | undefined> };
  status(code: number): { header(name: string, value: string): { send(body: unknown): unknown } };
}

/** A problem+json answer naming the request it refuses. */
export function sendProblem(reply: ProblemReply, problem: ProblemDetails) {
  const requestId = reply.request.headers[REQUEST_ID_HEADER];
  return reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: reply.request.url, requestId });
}
