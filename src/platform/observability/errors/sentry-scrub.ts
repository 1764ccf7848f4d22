import type { ErrorEvent } from '@sentry/nestjs';
import { scrubMessage } from '../logging/redaction.js';

/** Request headers an event may keep: none of them carries a secret or personal data. */
const SAFE_HEADERS = new Set(['user-agent', 'content-type', 'content-length', 'accept', 'x-request-id', 'host']);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function scrubText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : scrubMessage(text).replace(EMAIL, '[email]');
}

/**
 * `beforeSend`: what leaves the process is the error, its stack and the tags. No request body, cookies, query
 * string or secret header; no user but their id; no email address or token in a message.
 */
export function scrubEvent(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    const headers = Object.fromEntries(
      Object.entries(event.request.headers ?? {}).filter(([name]) => SAFE_HEADERS.has(name.toLowerCase())),
    );
    event.request = {
      method: event.request.method,
      url: event.request.url?.split('?')[0],
      headers,
    };
  }
  if (event.user) event.user = event.user.id === undefined ? undefined : { id: event.user.id };
  delete event.breadcrumbs;
  event.message = scrubText(event.message);
  for (const exception of event.exception?.values ?? []) {
    exception.value = scrubText(exception.value);
    // Local variables (a DTO with a password, a token) are never sent.
    for (const frame of exception.stacktrace?.frames ?? []) delete frame.vars;
  }
  return event;
}
