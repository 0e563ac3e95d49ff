import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageJson, imageObject, manifests } from './manifests.js';

describe('manifests.image', () => {
  it('writes exactly the text JSON.stringify writes of its manifest object, whatever the seed and layers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 12 }), (seedText, layers) => {
        const expected = JSON.stringify(imageObject(seedText, layers));
        expect(imageJson(imageObject(seedText, layers))).toBe(expected);
        expect(manifests.image({ seedText, layers })).toBe(expected);
      }),
    );
  });
});
