/** The response envelope every endpoint uses: `{ success: true, data, meta?, message? }`. */
export interface Envelope<T> {
  success: true;
  data: T;
  meta?: Record<string, unknown>;
  message?: string;
}

export function ok<T>(data: T, extra: { meta?: Record<string, unknown>; message?: string } = {}): Envelope<T> {
  return { success: true, data, ...extra };
}
