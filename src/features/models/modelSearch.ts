import { type ModelKind, modelKind } from '@/domain/media';
import type { Model } from '@/lib/api';

export function modelLabel(model: Model): string {
  return model.display_name?.trim() || model.id;
}

/** The kind filter of the picker: a model kind, or every model. */
export type KindFilter = ModelKind | 'all';

const KINDS: ReadonlySet<string> = new Set<ModelKind>(['chat', 'image', 'video']);

export interface ModelQuery {
  words: string[];
  /** From a typed `kind:image` token; null when the query names none (or an unknown kind, kept as a word). */
  kind: ModelKind | null;
}

/** Splits a query into its search words and a typed `kind:<kind>` filter (the last one wins). */
export function parseModelQuery(query: string): ModelQuery {
  let kind: ModelKind | null = null;
  const words: string[] = [];
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    const match = /^kind:(.*)$/.exec(word);
    if (match && KINDS.has(match[1] ?? '')) kind = match[1] as ModelKind;
    else words.push(word);
  }
  return { words, kind };
}

/** The badge a model's kind gets in the list: chat, the usual case, is unmarked. */
export function kindBadge(kind: ModelKind): string | null {
  return kind === 'image' ? 'Image' : kind === 'video' ? 'Video' : null;
}

/** Every word of the query must appear in the id, name, developer or description; name matches rank first.
 * A typed `kind:` token and the picker's kind filter both narrow the list; when they disagree nothing matches,
 * which is what asking for both means. */
export function searchModels(models: readonly Model[], query: string, filter: KindFilter = 'all'): Model[] {
  const { words, kind } = parseModelQuery(query);
  const scored: Array<{ model: Model; score: number }> = [];
  for (const model of models) {
    if (kind !== null || filter !== 'all') {
      const own = modelKind(model);
      if ((kind !== null && own !== kind) || (filter !== 'all' && own !== filter)) continue;
    }
    const name = `${model.id} ${model.display_name ?? ''}`.toLowerCase();
    const rest =
      `${model.developer?.name ?? ''} ${model.owned_by ?? ''} ${model.description ?? ''}`.toLowerCase();
    let score = 0;
    let all = true;
    for (const word of words) {
      if (name.includes(word)) score += 2;
      else if (rest.includes(word)) score += 1;
      else all = false;
    }
    if (all) scored.push({ model, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || modelLabel(a.model).localeCompare(modelLabel(b.model)))
    .map((entry) => entry.model);
}
