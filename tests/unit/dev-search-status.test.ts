import { describe, expect, it } from 'vitest';
import { unavailableText } from '../../src/search/client/status-text.ts';

describe('the search status under npm run dev', () => {
  it('says that search needs npm run build, rather than that it failed', () => {
    expect(unavailableText('failed', true)).toBe(
      'Search does not run under npm run dev: its index is written by npm run build. Run npm run build, then npm run preview, to search.',
    );
  });

  it('says the same as a built site when nothing is published', () => {
    expect(unavailableText('empty', true)).toBe(unavailableText('empty'));
  });
});
