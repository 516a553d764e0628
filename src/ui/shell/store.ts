/** Called after a change with the new state and the names of the fields that changed. */
export type Listener<State> = (state: State, changed: ReadonlySet<keyof State>) => void;

/** A tiny observable state container: the one place the workbench's state lives. */
export interface Store<State extends object> {
  get(): State;
  /** Replaces the given fields and notifies the listeners (only if something changed). */
  set(patch: Partial<State>): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener<State>): () => void;
}

/**
 * Makes a store holding `initial`. State is replaced, never mutated: `set` makes a new object, so a
 * listener may keep the previous state to compare.
 * @example
 * const store = createStore({ count: 0 });
 * const seen = [];
 * store.subscribe((state, changed) => seen.push([state.count, [...changed]]));
 * store.set({ count: 1 });
 * seen
 * // → [[1, ["count"]]]
 */
export function createStore<State extends object>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<Listener<State>>();
  return {
    get: () => state,
    set(patch) {
      const changed = new Set<keyof State>();
      for (const key of Object.keys(patch) as (keyof State)[]) {
        if (!Object.is(state[key], patch[key])) changed.add(key);
      }
      if (changed.size === 0) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
