// The slice of the WebExtension API the popup and options page use. Components take it as a prop, so the
// real `browser` (webextension-polyfill) and the test fake are interchangeable.
import type { Manifest } from 'webextension-polyfill';
import type { CommandsApi } from '../../platform/shortcuts.ts';

/** A Firefox data-collection permission ("websiteContent"...). */
export type DataCollection = Manifest.OptionalDataCollectionPermission;

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface TabLike {
  id?: number;
  url?: string;
}

export type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface ExtApi {
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<TabLike[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
    create?(props: { url: string }): Promise<unknown>;
  };
  storage: {
    sync: StorageAreaLike;
    local: StorageAreaLike;
    onChanged?: {
      addListener(cb: StorageListener): void;
      removeListener(cb: StorageListener): void;
    };
  };
  /** sendMessage reaches the background (core/messages.ts); optional so that stand-ins without one still work. */
  runtime: {
    openOptionsPage(): Promise<void>;
    sendMessage?(msg: unknown): Promise<unknown>;
    getManifest?(): unknown;
    getURL?(path: string): string;
  };
  permissions: {
    /** `data_collection`: Firefox's data-collection consent (manifest gecko.data_collection_permissions.optional). */
    request(p: { origins: string[]; data_collection?: DataCollection[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  /** The keyboard shortcuts the browser gave the commands (platform/shortcuts.ts); optional for stand-ins. */
  commands?: CommandsApi['commands'];
}
