import type { ApiEventName, ApiEventPayload, ConcordEvents } from '../../../shared/api';

/**
 * Contract events over server-sent events. One EventSource for the page, opened on the first
 * subscription; EventSource cannot send headers, so the token rides in the query string.
 */
export function createHttpEvents(token: string | null): ConcordEvents {
  let source: EventSource | null = null;
  const open = (): EventSource => {
    source ??= new EventSource(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
    return source;
  };
  return {
    on<E extends ApiEventName>(name: E, handler: (payload: ApiEventPayload<E>) => void) {
      const listener = (event: MessageEvent<string>) => handler(JSON.parse(event.data) as ApiEventPayload<E>);
      const es = open();
      es.addEventListener(name, listener);
      return () => es.removeEventListener(name, listener);
    },
  };
}
