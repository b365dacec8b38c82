/** A small typed event bus: the search instance tells the page's parts what happened, and waits for those that render. */
type Handler<T> = (payload: T) => void | Promise<void>;

export class Events<EventMap extends object> {
  readonly #handlers = new Map<keyof EventMap, Handler<never>[]>();

  on<K extends keyof EventMap>(event: K, handler: Handler<EventMap[K]>): void {
    const list = this.#handlers.get(event) ?? [];
    list.push(handler as Handler<never>);
    this.#handlers.set(event, list);
  }

  /** Calls every handler at once, in the order they were added, and resolves when all of them have. */
  protected async emit<K extends keyof EventMap>(event: K, payload: EventMap[K]): Promise<void> {
    await Promise.all((this.#handlers.get(event) ?? []).map((handler) => (handler as Handler<EventMap[K]>)(payload)));
  }
}
