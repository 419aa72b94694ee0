import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { modelOrStandIn, newFailure } from './useModel';

const cors = () =>
  new ApiError({ kind: 'network', status: 0, serverMessage: 'Failed to fetch', message: 'probably CORS' });

describe('newFailure', () => {
  it('is the details error unless the model list failed with the same message', () => {
    const details = cors();
    expect(newFailure(details, null)).toBe(details);
    expect(newFailure(details, cors())).toBeNull();
    const missing = new ApiError({ kind: 'http', status: 404, serverMessage: 'no details route' });
    expect(newFailure(missing, cors())).toBe(missing);
    expect(newFailure(null, cors())).toBeNull();
  });
});

describe('modelOrStandIn', () => {
  it('stands in the list entry, or the bare id, when the details failed', () => {
    expect(modelOrStandIn('m', undefined, true, [{ id: 'm', display_name: 'M' }])).toEqual({
      id: 'm',
      display_name: 'M',
    });
    expect(modelOrStandIn('m', undefined, true, undefined)).toEqual({ id: 'm' });
    expect(modelOrStandIn('m', undefined, false, undefined)).toBeUndefined();
  });
});
