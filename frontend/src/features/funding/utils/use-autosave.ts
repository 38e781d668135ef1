import { useEffect, useState } from 'react';

import { ApiError } from '@/lib/api-client';

import { saveApplication } from '../api/applications';
import type { ApplicationDetail } from '../api/schemas';
import type { ApplicationBody } from './application-form';
import { clearLocalDraft, writeLocalDraft } from './local-draft';

export type AutosaveStatus =
  'saved' | 'pending' | 'saving' | 'invalid' | 'error' | 'offline' | 'conflict';

export const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveState = { status: AutosaveStatus; savedAt?: Date; error?: unknown };

type Options<Values> = {
  organisationId: string;
  applicationId: string;
  /** Names this account's local copy (`local-draft.ts`). */
  draftId: string;
  version: number;
  /** The body to send; a part that does not parse is taken from `previous` (`complete: false`). */
  toBody: (
    values: Values,
    previous?: ApplicationBody,
  ) => { body: ApplicationBody; complete: boolean };
  onSaved: (detail: ApplicationDetail) => void;
};

/**
 * Saves the application as the user types: a change waits {@link AUTOSAVE_DELAY_MS} for the next
 * one, then one PUT with the version the last save returned (one request in flight at a time).
 * Every change is copied to localStorage first and the copy dropped once the server holds it, so
 * a refused save, a dropped network or a reload loses nothing. A 409 (another save came first)
 * stops saving until the user picks their text or the server's.
 */
export class Autosaver<Values> {
  private state: AutosaveState = { status: 'saved' };
  private listener: ((state: AutosaveState) => void) | undefined;
  private currentVersion: number;
  private latest: Values | undefined;
  private lastSaved: string | undefined;
  private lastSavedBody: ApplicationBody | undefined;
  private inFlight: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private halted = false;

  constructor(private readonly options: Options<Values>) {
    this.currentVersion = options.version;
  }

  subscribe(listener: (state: AutosaveState) => void): () => void {
    this.listener = listener;
    return () => {
      this.listener = undefined;
      clearTimeout(this.timer);
    };
  }

  private set(patch: Partial<AutosaveState>) {
    this.state = { ...this.state, ...patch };
    this.listener?.(this.state);
  }

  version(): number {
    return this.currentVersion;
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** A change of the form: kept in this browser at once, sent after a pause. */
  change(values: Values) {
    this.latest = values;
    writeLocalDraft(this.options.draftId, this.currentVersion, values);
    if (this.halted) return;
    this.set({ status: 'pending' });
    this.schedule();
  }

  /** Sends what is not saved yet (at once); true when the server holds the form as it is. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      await this.inFlight;
      return this.flush();
    }
    if (this.halted) return false;
    const values = this.latest;
    if (values === undefined) return true;
    const { body, complete } = this.options.toBody(values, this.lastSavedBody);
    const json = JSON.stringify(body);
    if (json === this.lastSaved) {
      if (complete) clearLocalDraft(this.options.draftId);
      this.set({ status: complete ? 'saved' : 'invalid' });
      return complete;
    }
    this.set({ status: 'saving' });
    const { organisationId, applicationId } = this.options;
    this.inFlight = saveApplication(organisationId, applicationId, {
      ...body,
      version: this.currentVersion,
    }).then(
      (detail) => {
        this.currentVersion = detail.version;
        this.lastSaved = json;
        this.lastSavedBody = body;
        this.options.onSaved(detail);
        const now = this.latest === undefined ? undefined : this.options.toBody(this.latest, body);
        if (now && JSON.stringify(now.body) !== json) {
          writeLocalDraft(this.options.draftId, this.currentVersion, this.latest);
          this.set({ status: 'pending', savedAt: new Date(), error: undefined });
          this.schedule();
        } else if (now && !now.complete) {
          // the text is on the server; what does not parse yet stays here and on this device
          writeLocalDraft(this.options.draftId, this.currentVersion, this.latest);
          this.set({ status: 'invalid', savedAt: new Date(), error: undefined });
        } else {
          clearLocalDraft(this.options.draftId);
          this.set({ status: 'saved', savedAt: new Date(), error: undefined });
        }
        return now?.complete ?? true;
      },
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.status === 409) {
          this.halted = true;
          this.set({ status: 'conflict', error: failure });
        } else if (failure instanceof ApiError) {
          this.set({ status: 'error', error: failure });
        } else {
          this.set({ status: 'offline', error: failure });
        }
        return false;
      },
    );
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  /** What the server holds now (loaded, or chosen after a conflict): nothing left to save. */
  reset(values: Values, serverVersion: number, { keepLocal = false } = {}) {
    clearTimeout(this.timer);
    this.halted = false;
    this.currentVersion = serverVersion;
    this.latest = values;
    const { body } = this.options.toBody(values);
    this.lastSavedBody = body;
    this.lastSaved = JSON.stringify(body);
    // on loading, an unsaved copy stays until the user restores or discards it
    if (!keepLocal) clearLocalDraft(this.options.draftId);
    this.set({ status: 'saved', error: undefined });
  }

  /** After a conflict: keep the user's text and save it over the server's current version. */
  overwrite(serverVersion: number): Promise<boolean> {
    this.halted = false;
    this.currentVersion = serverVersion;
    this.lastSaved = undefined;
    return this.flush();
  }

  /** The network is back: send what waited. */
  retry() {
    if (this.latest !== undefined && !this.halted && this.state.status !== 'saved') {
      void this.flush();
    }
  }
}

/** One {@link Autosaver} for the editor's lifetime, and its state for rendering. */
export function useAutosave<Values>(options: Options<Values>) {
  const [saver] = useState(() => new Autosaver<Values>(options));
  const [state, setState] = useState<AutosaveState>({ status: 'saved' });
  useEffect(() => saver.subscribe(setState), [saver]);
  useEffect(() => {
    const online = () => saver.retry();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [saver]);
  return { saver, state };
}
