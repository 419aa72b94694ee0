// The selected model lives in the URL (?model=<id>) so a reload or a shared link opens the same model.
// Only the model id is ever read from a link: a base URL or key taken from a query string would let a
// crafted link send the user's key to another host.

export function modelFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('model');
  return id && id.trim() !== '' ? id.trim() : null;
}

export function searchWithModel(search: string, modelId: string): string {
  const params = new URLSearchParams(search);
  if (modelId) params.set('model', modelId);
  else params.delete('model');
  const text = params.toString();
  return text ? `?${text}` : '';
}
