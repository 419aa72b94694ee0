/** `map[key]` only when it is the map's own entry: a key such as "toString" or "__proto__" (a model id, a
 * parameter name — anything a server chose) must not find the object's prototype members. */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets `obj[key]` as an own, enumerable entry — also for "__proto__", which plain assignment would take as the
 * object's prototype. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
