import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import { glossary } from '@/glossary';
import { createTermSearch } from './term-search';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (termId: string) => void;
}

/**
 * The search box and its results, as an ARIA combobox: type to search, arrow keys to move,
 * Enter to open. Focused when the popup opens.
 */
export function LookUp({ query, onQueryChange, onOpen }: Props) {
  const search = useMemo(() => createTermSearch(glossary), []);
  const results = useMemo(() => search(query), [search, query]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      onOpen(results[active].entry.id);
    }
  };

  const hasQuery = query.trim() !== '';
  return (
    <section class="lookup" aria-labelledby="lookup-label">
      <label id="lookup-label" for="lookup-input">
        Look up a health term
      </label>
      <input
        id="lookup-input"
        ref={input}
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. pack-year, CT scan, NSCLC"
        aria-expanded={results.length > 0}
        aria-controls="lookup-results"
        aria-activedescendant={results[active] ? `result-${results[active].entry.id}` : undefined}
        value={query}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul id="lookup-results" role="listbox" aria-label="Matching terms" class="results">
        {results.map(({ entry, matchedForm }, i) => (
          <li
            key={entry.id}
            id={`result-${entry.id}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            onClick={() => onOpen(entry.id)}
            onMouseMove={() => setActive(i)}
          >
            <span class="result-name">{entry.name}</span>
            {matchedForm && <span class="muted"> — “{matchedForm}”</span>}
          </li>
        ))}
      </ul>
      <p class="status" role="status">
        {hasQuery && results.length === 0 ? `No term matches “${query.trim()}”. Check the spelling, or try another word for it.` : ''}
      </p>
    </section>
  );
}
