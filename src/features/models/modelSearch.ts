import type { Model } from '@/lib/api';

export function modelLabel(model: Model): string {
  return model.display_name?.trim() || model.id;
}

/** Every word of the query must appear in the id, name, developer or description; name matches rank first. */
export function searchModels(models: readonly Model[], query: string): Model[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const scored: Array<{ model: Model; score: number }> = [];
  for (const model of models) {
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
