import type { NetworkClient } from "./graph/client.js";
import type { TextBinder } from "./i18n/bind.js";
import type { Translate } from "./i18n/index.js";
import type { Session } from "./session/index.js";
import type { Renderer } from "./sigma/index.js";
import type { Store, ViewState } from "./state/types.js";

/** What every view gets: the state, the derived session, the worker and shared actions. */
export interface AppContext {
  store: Store<ViewState>;
  session: Session;
  client: NetworkClient;
  texts: TextBinder;
  /** Translator for the current interface language. */
  t: Translate;
  actions: AppActions;
}

export interface AppActions {
  /** Opens a node or keyword (null closes); `focus` also moves the camera to it. */
  open(key: string | null, options?: { focus?: boolean }): void;
  /** Reads a file and rebuilds the network in the worker. */
  loadFile(file: File): void;
  /** The live renderer, when the graph is drawn. */
  renderer(): Renderer | null;
}
