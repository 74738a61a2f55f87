import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageTermsReply } from '@/messages/protocol';
import { useCardContent } from '../card-files';
import { pauseSettings } from '@/settings/pause';
import { askPageTerms, revealOnPage, targetTabId } from './active-tab';
import { LookUp } from './LookUp';
import { PageTerms } from './PageTerms';
import { PauseSwitches } from './PauseSwitches';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { TermDetails } from './TermDetails';

type Tab = 'lookup' | 'page' | 'screening';
const TABS: ReadonlyArray<[Tab, string]> = [
  ['lookup', 'Look up'],
  ['page', 'On this page'],
  ['screening', 'Screening check'],
];

/** The toolbar popup: look-up, this page's terms, the screening check, and the pause switches. */
export function Popup() {
  const [tab, setTab] = useState<Tab>('lookup');
  const [query, setQuery] = useState('');
  /** The term open in full, over whichever tab opened it. */
  const [openTerm, setOpenTerm] = useState<string | undefined>();
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageTermsReply | null | undefined>(null);

  const refreshPage = useCallback(async () => {
    const id = await targetTabId();
    setTabId(id);
    setPage(id === undefined ? undefined : await askPageTerms(id));
  }, []);
  useEffect(() => {
    void refreshPage();
    // Pausing or resuming changes the page at once; ask it again a moment later.
    return pauseSettings.watch(() => setTimeout(() => void refreshPage(), 150));
  }, [refreshPage]);

  const onTabKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex(([name]) => name === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const [next] = TABS[(index + step + TABS.length) % TABS.length]!;
    setTab(next);
    setOpenTerm(undefined);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main>
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> HealthLens
        </h1>
        <div role="tablist" aria-label="HealthLens" onKeyDown={onTabKeyDown}>
          {TABS.map(([name, label]) => (
            <button
              key={name}
              id={`tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => {
                setTab(name);
                setOpenTerm(undefined);
              }}
            >
              {label}
              {name === 'page' && page && !page.paused && Object.keys(page.counts).length > 0 ? ` (${Object.keys(page.counts).length})` : ''}
            </button>
          ))}
        </div>
      </header>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {openTerm ? (
          <OpenTerm termId={openTerm} onOpen={setOpenTerm} onBack={() => setOpenTerm(undefined)} />
        ) : tab === 'lookup' ? (
          <LookUp query={query} onQueryChange={setQuery} onOpen={setOpenTerm} />
        ) : tab === 'page' ? (
          <PageTerms page={page} onOpen={setOpenTerm} onReveal={(id) => tabId !== undefined && void revealOnPage(tabId, id)} />
        ) : (
          <ScreeningPanel />
        )}
      </div>
      {tab !== 'screening' && <PauseSwitches hostname={page?.hostname || undefined} />}
      <footer class="muted">HealthLens explains terms; it does not diagnose. Nothing you do here leaves your browser.</footer>
    </main>
  );
}

/**
 * The term open in full, from the same file a hover card reads (terms/<id>.json); nothing for the
 * moment it takes to load.
 */
function OpenTerm({ termId, onOpen, onBack }: { termId: string; onOpen: (termId: string) => void; onBack: () => void }) {
  const content = useCardContent(termId);
  return content === undefined ? null : <TermDetails content={content ?? undefined} onOpen={onOpen} onBack={onBack} />;
}
