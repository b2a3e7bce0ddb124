// The one error shape of the API: a status and a one-line message starting "dyad:", sent as {"error": "..."}.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message.startsWith('dyad:') ? message : `dyad: ${message}`);
  }
}

export const errorBody = (message: string): { error: string } => ({ error: message.startsWith('dyad:') ? message : `dyad: ${message}` });
