import type { GeneratedPublicFile } from 'wxt';
import { cardFilePath } from '../messages/protocol';
import { cardContentFor } from './card-content';
import { glossary } from './index';

/**
 * One file per glossary entry, `terms/<id>.json`, holding what its card shows (`cardContentFor`):
 * written to the build by wxt.config.ts's `build:publicAssets` hook. The card's frame fetches the
 * one term it shows instead of carrying the whole glossary.
 */
export function cardFiles(): GeneratedPublicFile[] {
  return glossary.map((entry) => ({ relativeDest: cardFilePath(entry.id), contents: JSON.stringify(cardContentFor(entry.id)) }));
}
