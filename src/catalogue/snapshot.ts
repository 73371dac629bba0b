import type { IssueList, PathSegment } from './issues.js';

/** Names that reach `Object.prototype` through assignment or merge, whatever object holds them. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A catalogue is about six levels deep; far deeper input is an attack or a mistake. */
export const MAX_DEPTH = 64;
/** The schema's longest list is 500 items: no need to walk a sparse array of 2³² holes. */
export const MAX_ARRAY_LENGTH = 10_000;
/** Bounds the walk of shared sub-objects, which a DAG can multiply exponentially without any cycle. */
export const MAX_NODES = 500_000;

/**
 * Copies the raw input into plain arrays, objects and primitives before zod sees it, so that getters
 * run once (and their throws become issues), cycles and excessive depth stop here, forbidden property
 * names are reported with their path, and the caller's object is never touched again.
 */
export function snapshot(input: unknown, issues: IssueList): unknown {
  const ancestors = new Set<object>();
  let nodes = 0;
  let exhausted = false;

  const visit = (value: unknown, path: PathSegment[], depth: number): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (exhausted) return undefined;
    if (depth > MAX_DEPTH) {
      issues.add(path, `structure trop profonde (plus de ${MAX_DEPTH} niveaux imbriqués)`);
      return undefined;
    }
    if (ancestors.has(value)) {
      issues.add(path, 'structure circulaire : la valeur se contient elle-même');
      return undefined;
    }
    ancestors.add(value);
    try {
      return Array.isArray(value)
        ? visitArray(value, path, depth)
        : visitObject(value, path, depth);
    } catch {
      issues.add(path, 'valeur illisible (sa lecture a échoué)');
      return undefined;
    } finally {
      ancestors.delete(value);
    }
  };

  const count = (path: PathSegment[], amount: number): boolean => {
    nodes += amount;
    if (nodes <= MAX_NODES) return true;
    if (!exhausted) issues.add(path, `catalogue trop volumineux (plus de ${MAX_NODES} valeurs)`);
    exhausted = true;
    return false;
  };

  const visitArray = (array: readonly unknown[], path: PathSegment[], depth: number): unknown => {
    const length = array.length;
    if (length > MAX_ARRAY_LENGTH) {
      issues.add(path, `liste trop longue (${length} éléments, ${MAX_ARRAY_LENGTH} au plus)`);
      return [];
    }
    if (!count(path, length + 1)) return undefined;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index += 1) {
      copy.push(visit(read(array, index, [...path, index]), [...path, index], depth + 1));
    }
    return copy;
  };

  const visitObject = (object: object, path: PathSegment[], depth: number): unknown => {
    if (ArrayBuffer.isView(object)) {
      issues.add(path, 'type de valeur non pris en charge');
      return undefined;
    }
    const keys = Object.keys(object);
    if (!count(path, keys.length + 1)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      const childPath = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        issues.add(childPath, `propriété interdite « ${key} »`);
        continue;
      }
      copy[key] = visit(read(object, key, childPath), childPath, depth + 1);
    }
    return copy;
  };

  const read = (container: object, key: PropertyKey, path: PathSegment[]): unknown => {
    try {
      return (container as Record<PropertyKey, unknown>)[key];
    } catch {
      issues.add(path, 'valeur illisible (sa lecture a échoué)');
      return undefined;
    }
  };

  return visit(input, [], 0);
}
