/**
 * The workspaces kept in the browser's IndexedDB. A workspace is the extracted graph (before
 * review), the text of every article added in the browser (for the reader) and the review log with
 * the undone operations (for redo). Each change is one transaction, so a failed write (storage full,
 * private mode) aborts whole and leaves what was stored before as it was.
 */
import type { BaseSource, ReviewOp, SerializedClaimGraph } from "../../model";

export interface WorkspaceMeta {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  base: BaseSource;
}

/** The review log as the workbench keeps it: the operations in force, and those undone (newest last). */
export interface ReviewHistory {
  ops: ReviewOp[];
  undone: ReviewOp[];
}

export interface WorkspaceRecord {
  meta: WorkspaceMeta;
  /** The extracted graph, as an object or as its JSON text (as the extraction worker hands it over). */
  graph: SerializedClaimGraph | string;
  /** Article text by document id. */
  texts: Map<string, string>;
  review: ReviewHistory;
}

export interface WorkspaceDb {
  list(): Promise<WorkspaceMeta[]>;
  load(id: string): Promise<WorkspaceRecord | null>;
  /** Creates or replaces a workspace whole. */
  save(record: WorkspaceRecord): Promise<void>;
  /** Adds articles: the new extracted graph and the new texts, in one transaction. */
  saveArticles(
    meta: WorkspaceMeta,
    graph: SerializedClaimGraph | string,
    texts: Map<string, string>,
  ): Promise<void>;
  saveReview(meta: WorkspaceMeta, review: ReviewHistory): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  close(): void;
}

const VERSION = 1;
type Store = "workspaces" | "graphs" | "texts" | "reviews" | "settings";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageError(req.error));
  });
}

/** A storage failure in words a user can act on. */
export function storageError(error: DOMException | Error | null): Error {
  if (error?.name === "QuotaExceededError")
    return new Error("the browser's storage for this page is full (delete a workspace or free disk space)");
  if (error?.name === "InvalidStateError" || error?.name === "SecurityError")
    return new Error("the browser does not let this page store data (private mode?)");
  return new Error(`the browser could not store the workspace (${error?.message ?? "unknown error"})`);
}

export async function openWorkspaceDb(
  factory: IDBFactory = indexedDB,
  name = "claim-graph-workbench",
): Promise<WorkspaceDb> {
  let db: IDBDatabase;
  try {
    const open = factory.open(name, VERSION);
    open.onupgradeneeded = () => {
      const d = open.result;
      d.createObjectStore("workspaces", { keyPath: "id" });
      d.createObjectStore("graphs");
      d.createObjectStore("texts", { keyPath: ["workspace", "doc"] }).createIndex("workspace", "workspace");
      d.createObjectStore("reviews");
      d.createObjectStore("settings");
    };
    db = await request(open);
  } catch (error) {
    throw error instanceof Error && !(error instanceof DOMException)
      ? error
      : storageError(error as DOMException);
  }

  /** Runs `body` in one transaction and resolves when it has committed. */
  function transact<T>(
    stores: readonly Store[],
    mode: IDBTransactionMode,
    body: (tx: IDBTransaction) => Promise<T> | T,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction(stores, mode);
      } catch (error) {
        reject(storageError(error as DOMException));
        return;
      }
      let result: T;
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => reject(storageError(tx.error));
      tx.onerror = (event) => event.preventDefault();
      // A write that throws at once (a full disk's put) aborts the transaction like one that fails later.
      let written: Promise<T>;
      try {
        written = Promise.resolve(body(tx));
      } catch (error) {
        written = Promise.reject(error as Error);
      }
      written.then(
        (value) => (result = value),
        (error: Error) => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(storageError(error));
        },
      );
    });
  }

  const touch = (meta: WorkspaceMeta): WorkspaceMeta => ({ ...meta, updatedAt: new Date().toISOString() });

  return {
    list: () =>
      transact(["workspaces"], "readonly", async (tx) => {
        const all = await request(tx.objectStore("workspaces").getAll() as IDBRequest<WorkspaceMeta[]>);
        return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
      }),

    load: (id) =>
      transact(["workspaces", "graphs", "texts", "reviews"], "readonly", async (tx) => {
        const meta = (await request(tx.objectStore("workspaces").get(id))) as WorkspaceMeta | undefined;
        if (!meta) return null;
        const graph = (await request(tx.objectStore("graphs").get(id))) as
          WorkspaceRecord["graph"] | undefined;
        if (!graph) return null;
        const rows = (await request(tx.objectStore("texts").index("workspace").getAll(id))) as {
          doc: string;
          text: string;
        }[];
        const review = ((await request(tx.objectStore("reviews").get(id))) as ReviewHistory | undefined) ?? {
          ops: [],
          undone: [],
        };
        return { meta, graph, texts: new Map(rows.map((r) => [r.doc, r.text])), review };
      }),

    save: (record) =>
      transact(["workspaces", "graphs", "texts", "reviews"], "readwrite", async (tx) => {
        const id = record.meta.id;
        const texts = tx.objectStore("texts");
        const old = (await request(texts.index("workspace").getAllKeys(id))) as IDBValidKey[];
        for (const key of old) texts.delete(key);
        tx.objectStore("workspaces").put(touch(record.meta));
        tx.objectStore("graphs").put(record.graph, id);
        for (const [doc, text] of record.texts) texts.put({ workspace: id, doc, text });
        tx.objectStore("reviews").put(record.review, id);
      }),

    saveArticles: (meta, graph, newTexts) =>
      transact(["workspaces", "graphs", "texts"], "readwrite", (tx) => {
        tx.objectStore("workspaces").put(touch(meta));
        tx.objectStore("graphs").put(graph, meta.id);
        for (const [doc, text] of newTexts) tx.objectStore("texts").put({ workspace: meta.id, doc, text });
      }),

    saveReview: (meta, review) =>
      transact(["workspaces", "reviews"], "readwrite", (tx) => {
        tx.objectStore("workspaces").put(touch(meta));
        tx.objectStore("reviews").put(review, meta.id);
      }),

    rename: (id, name) =>
      transact(["workspaces"], "readwrite", async (tx) => {
        const meta = (await request(tx.objectStore("workspaces").get(id))) as WorkspaceMeta | undefined;
        if (meta) tx.objectStore("workspaces").put(touch({ ...meta, name }));
      }),

    remove: (id) =>
      transact(["workspaces", "graphs", "texts", "reviews"], "readwrite", async (tx) => {
        tx.objectStore("workspaces").delete(id);
        tx.objectStore("graphs").delete(id);
        tx.objectStore("reviews").delete(id);
        const texts = tx.objectStore("texts");
        for (const key of (await request(texts.index("workspace").getAllKeys(id))) as IDBValidKey[])
          texts.delete(key);
      }),

    getSetting: <T>(key: string) =>
      transact(["settings"], "readonly", (tx) => request(tx.objectStore("settings").get(key)) as Promise<T>),

    setSetting: (key, value) =>
      transact(["settings"], "readwrite", (tx) => {
        tx.objectStore("settings").put(value, key);
      }),

    close: () => db.close(),
  };
}
