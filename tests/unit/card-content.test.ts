import { describe, expect, it } from 'vitest';
import { glossary } from '@/glossary';
import { cardContentFor, SCREENING_TERM_IDS } from '@/glossary/card-content';

describe('hover card content', () => {
  it('gives a term its summary, first source and review date', () => {
    const card = cardContentFor('thoracentesis')!;
    const entry = glossary.find((e) => e.id === 'thoracentesis')!;
    expect(card).toMatchObject({ id: 'thoracentesis', name: entry.name, summary: entry.summary, reviewed: entry.reviewed });
    expect(card.source).toEqual(entry.sources[0]);
  });

  it('carries what "More" shows: the longer explanation, every source, and related terms by name', () => {
    const card = cardContentFor('thoracentesis')!;
    const entry = glossary.find((e) => e.id === 'thoracentesis')!;
    expect(card.details).toBe(entry.details);
    expect(card.sources).toEqual(entry.sources);
    expect(card.related).toContainEqual({ id: 'pleural-effusion', name: 'Pleural effusion' });
    expect(card.related?.map((r) => r.id)).toEqual(entry.related);
  });

  it('includes when to get help for symptoms', () => {
    expect(cardContentFor('hemoptysis')?.whenToGetHelp).toMatch(/\S/);
  });

  it('has nothing for ids the glossary does not know', () => {
    expect(cardContentFor('not-a-term')).toBeUndefined();
    expect(cardContentFor('__proto__')).toBeUndefined();
  });

  it('offers the screening check on the words of the screening decision, and only there', () => {
    for (const id of ['pack-year', 'lung-cancer-screening', 'low-dose-ct']) expect(cardContentFor(id)?.offersScreeningCheck).toBe(true);
    for (const id of ['thoracentesis', 'back-pain', 'hemoptysis']) expect(cardContentFor(id)?.offersScreeningCheck).toBe(false);
    // Every id in the list is a real term, so no card silently loses the offer.
    for (const id of SCREENING_TERM_IDS) expect(cardContentFor(id), id).toBeDefined();
  });
});
