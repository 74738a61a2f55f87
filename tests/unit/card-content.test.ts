import { describe, expect, it } from 'vitest';
import { glossary } from '@/glossary';
import { cardContentFor } from '@/glossary/card-content';

describe('hover card content', () => {
  it('gives a term its summary, first source and review date', () => {
    const card = cardContentFor('thoracentesis')!;
    const entry = glossary.find((e) => e.id === 'thoracentesis')!;
    expect(card).toMatchObject({ id: 'thoracentesis', name: entry.name, summary: entry.summary, reviewed: entry.reviewed });
    expect(card.source).toEqual(entry.sources[0]);
  });

  it('includes when to get help for symptoms', () => {
    expect(cardContentFor('hemoptysis')?.whenToGetHelp).toMatch(/\S/);
  });

  it('has nothing for ids the glossary does not know', () => {
    expect(cardContentFor('not-a-term')).toBeUndefined();
    expect(cardContentFor('__proto__')).toBeUndefined();
  });
});
