/** Watches a document for changes and hands them over in batches. */

/** Past this many records in one batch, one rescan is cheaper than following each change. */
export const BURST_LIMIT = 1000;

export interface PageChanges {
  /** Nodes added to the page (elements or text). */
  added: Node[];
  /** Nodes taken out of the page. */
  removed: Node[];
  /** Text nodes whose text was rewritten. */
  rewrittenText: Text[];
  /** Elements whose children changed: text we split there may have been moved apart. */
  changedParents: Node[];
  /** Too much changed at once: scan the whole page again instead. */
  rescan: boolean;
}

const NO_CHANGES: PageChanges = { added: [], removed: [], rewrittenText: [], changedParents: [], rescan: false };

/**
 * Observes `doc` and calls `onChange` (at most once per batch of mutations) when there is
 * something to collect with `takeChanges()`.
 */
export function observePage(doc: Document, onChange: () => void) {
  let pending: MutationRecord[] = [];
  let overflow = false;

  function collect(records: MutationRecord[]): void {
    if (records.length === 0 || overflow) return;
    if (pending.length + records.length > BURST_LIMIT) {
      // Keep no records: the rescan that follows looks at everything.
      overflow = true;
      pending = [];
    } else {
      pending.push(...records);
    }
  }

  const observer = new MutationObserver((records) => {
    collect(records);
    onChange();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.documentElement, options);

  return {
    /** The changes since the last call, merged; records still queued in the observer included. */
    takeChanges(): PageChanges {
      collect(observer.takeRecords());
      if (overflow) {
        overflow = false;
        return { ...NO_CHANGES, rescan: true };
      }
      if (pending.length === 0) return NO_CHANGES;
      const changes: PageChanges = { added: [], removed: [], rewrittenText: [], changedParents: [], rescan: false };
      for (const record of pending) {
        if (record.type === 'characterData') {
          changes.rewrittenText.push(record.target as Text);
        } else {
          changes.changedParents.push(record.target);
          changes.added.push(...record.addedNodes);
          changes.removed.push(...record.removedNodes);
        }
      }
      pending = [];
      return changes;
    },
    /** Also watches `root` (an open shadow root, a frame's document): its changes never reach `doc`. */
    observe(root: Node): void {
      observer.observe(root, options);
    },
    /** Drops records of changes made since the last call (our own writes). */
    discardPending(): void {
      observer.takeRecords();
    },
    disconnect(): void {
      observer.disconnect();
      pending = [];
    },
  };
}
