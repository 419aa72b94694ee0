import type { RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { branchRejects, dropOtherBranchErrors, dropPlaceholderItemErrors } from './branchErrors';

const root = {
  type: 'object',
  $defs: { Text: { type: 'object', properties: { type: { const: 'text' } } } },
  properties: {
    stop: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    response_format: {
      oneOf: [
        { $ref: '#/$defs/Text' },
        {
          type: 'object',
          properties: { type: { const: 'json_schema' }, json_schema: { type: 'object' } },
          required: ['type', 'json_schema'],
        },
      ],
    },
  },
};

const error = (name: string, property: string, schemaPath: string): RJSFValidationError => ({
  name,
  property,
  schemaPath,
  message: name,
  stack: `${property} ${name}`,
});

describe('branchRejects', () => {
  it('rejects by JSON type and by a differing const, following $ref', () => {
    expect(branchRejects(root, { type: 'string' }, ['a'])).toBe(true);
    expect(branchRejects(root, { type: 'array' }, ['a'])).toBe(false);
    expect(branchRejects(root, { $ref: '#/$defs/Text' }, { type: 'json_schema' })).toBe(true);
    expect(branchRejects(root, { $ref: '#/$defs/Text' }, { type: 'text' })).toBe(false);
    expect(branchRejects(root, { type: 'integer' }, 1.5)).toBe(true);
  });

  it('cannot judge missing data, so it does not reject', () => {
    expect(branchRejects(root, { type: 'string' }, undefined)).toBe(false);
  });
});

describe('dropOtherBranchErrors', () => {
  it('drops errors of the branches the data is not, keeps those of the chosen one', () => {
    const errors = [
      error('type', '.stop', '#/properties/stop/anyOf/0/type'),
      error('type', '.stop.1', '#/properties/stop/anyOf/1/items/type'),
      error('anyOf', '.stop', '#/properties/stop/anyOf'),
    ];
    const kept = dropOtherBranchErrors(errors, { stop: ['a', 2] }, root);
    expect(kept.map((e) => e.schemaPath)).toEqual(['#/properties/stop/anyOf/1/items/type']);
  });

  it('uses const properties to tell oneOf variants apart', () => {
    const errors = [
      error('const', '.response_format.type', '#/properties/response_format/oneOf/0/properties/type/const'),
      error('required', '.response_format.json_schema', '#/properties/response_format/oneOf/1/required'),
    ];
    const chosenSchema = dropOtherBranchErrors(errors, { response_format: { type: 'json_schema' } }, root);
    expect(chosenSchema.map((e) => e.name)).toEqual(['required']);
    // With "text" chosen the json_schema variant's complaint goes, the (hypothetical) Text one stays.
    const chosenText = dropOtherBranchErrors(errors, { response_format: { type: 'text' } }, root);
    expect(chosenText.map((e) => e.name)).toEqual(['const']);
  });

  it('keeps errors it cannot place', () => {
    const errors = [
      error('minimum', '.t', '#/properties/t/minimum'),
      error('type', '.x', '#/$defs/Text/type'),
    ];
    expect(dropOtherBranchErrors(errors, { t: -1 }, root)).toEqual(errors);
  });
});

describe('dropPlaceholderItemErrors', () => {
  it('drops type errors of list items that are still empty, keeps real ones', () => {
    const errors = [
      error('type', '.stop.0', '#/properties/stop/items/type'),
      error('type', '.stop.1', '#/x'),
    ];
    const kept = dropPlaceholderItemErrors(errors, { stop: [null, 5] });
    expect(kept.map((e) => e.property)).toEqual(['.stop.1']);
  });
});
