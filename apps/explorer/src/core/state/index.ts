import type { Listener, Store } from "./types.js";

export * from "./types.js";
export * from "./utils.js";

/** A minimal observable store: one value, shallow patches, synchronous listeners. */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const changes = typeof patch === "function" ? patch(state) : patch;
      const keys = Object.keys(changes) as (keyof T)[];
      if (keys.every((key) => Object.is(state[key], changes[key]))) return;
      const previous = state;
      state = { ...state, ...changes };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
