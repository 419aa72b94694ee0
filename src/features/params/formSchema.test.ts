import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '@/domain/schema';
import { formSchemaOf } from './formSchema';

describe('formSchemaOf', () => {
  it('drops patterns that can take exponential time, says so, and keeps safe ones', () => {
    const normalized = normalizeSchema({
      id: 'm',
      json_request_schema: {
        type: 'object',
        properties: {
          slug: { type: 'string', pattern: '^(a|aa)+$' },
          code: { type: 'string', pattern: '^[A-Z]{3}$' },
          meta: {
            type: 'object',
            patternProperties: { '^(a+)+$': { type: 'string' }, '^x-[a-z]+$': { type: 'string' } },
            default: { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 'v' },
          },
        },
      },
    });
    const { schema, notes } = formSchemaOf(normalized);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.slug?.pattern).toBeUndefined();
    expect(props.code?.pattern).toBe('^[A-Z]{3}$');
    expect(Object.keys(props.meta?.patternProperties as object)).toEqual(['^x-[a-z]+$']);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/pattern of "slug" is not checked/);
    // The normalised schema itself is untouched; the form gets its own copy.
    expect((normalized.schema.properties.slug as Record<string, unknown>).pattern).toBe('^(a|aa)+$');
    expect(formSchemaOf(normalized)).toBe(formSchemaOf(normalized));
  });
});
