/**
 * briefing/placeholder (src/check/rules/placeholders.ts): what `npm run new`
 * writes passes while it is a draft and is refused, at each placeholder, once
 * it is not. The skeleton comes from src/lib/scaffold.ts itself, so a change
 * to the scaffold is tested here too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BODY_SKELETON, briefingSkeleton, PLACEHOLDER_MARKER, PLACEHOLDERS } from '../../src/lib/scaffold.ts';
import { BRIEFING, briefing, check, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

const skeleton = briefingSkeleton({
  title: 'North Korean troops deployed to Kursk',
  date: '2024-11-04',
  actors: ['rustem-umerov'],
  countries: ['ua'],
  status: 'reported',
  statuses: ['confirmed', 'reported', 'claimed', 'disputed'],
  topicIds: ['foreign-forces'],
});
const published = skeleton.replace(/^draft: true.*\n/m, '');
const HINT = 'Replace it with the real text, or put `draft: true` back until the briefing is ready.';

describe('briefing/placeholder', () => {
  it('every placeholder the scaffold writes holds the marker the rule looks for', () => {
    for (const value of Object.values(PLACEHOLDERS)) expect(value).toMatch(new RegExp(`\\b${PLACEHOLDER_MARKER}\\b`));
    for (const paragraph of BODY_SKELETON.split('\n').filter(Boolean)) expect(paragraph).toMatch(new RegExp(`^${PLACEHOLDER_MARKER}\\b`));
  });

  it('passes the skeleton while it is a draft', async () => {
    expect(skeleton).toMatch(/^draft: true/m);
    expect(await check({ [BRIEFING]: skeleton })).toEqual([]);
  });

  it('refuses the skeleton without `draft: true`, at each placeholder', async () => {
    expect(await check({ [BRIEFING]: published })).toEqual([
      {
        file: BRIEFING,
        line: 4,
        column: 1,
        rule: 'briefing/placeholder',
        message: '`summary` still holds a placeholder: “TODO: one or two sentences: what…”',
        hint: HINT,
      },
      {
        file: BRIEFING,
        line: 11,
        column: 5,
        rule: 'briefing/placeholder',
        message: '`sources[0].title` still holds a placeholder: “TODO: the headline of the article or the…”',
        hint: HINT,
      },
      {
        file: BRIEFING,
        line: 12,
        column: 5,
        rule: 'briefing/placeholder',
        message: '`sources[0].publisher` still holds a placeholder: “TODO: who published it”',
        hint: HINT,
      },
      {
        file: BRIEFING,
        line: 13,
        column: 5,
        rule: 'briefing/placeholder',
        message: '`sources[0].url` still holds a placeholder: “TODO-replace-with-the-address-of-the-source”',
        hint: HINT,
      },
      {
        file: BRIEFING,
        line: 17,
        column: 1,
        rule: 'briefing/placeholder',
        message: 'the body still holds a placeholder: “TODO: What happened, in your own words,…”',
        hint: HINT,
      },
      {
        file: BRIEFING,
        line: 19,
        column: 1,
        rule: 'briefing/placeholder',
        message: 'the body still holds a placeholder: “TODO: What other sources say, and where…”',
        hint: HINT,
      },
    ]);
  });

  it('refuses a placeholder left in one place, whatever wrote it', async () => {
    expect(await check({ [BRIEFING]: briefing({ summary: 'Ukraine says troops are in Kursk (TODO check the figure).' }) })).toEqual([
      {
        file: BRIEFING,
        line: 4,
        column: 1,
        rule: 'briefing/placeholder',
        message: '`summary` still holds a placeholder: “TODO check the figure).”',
        hint: HINT,
      },
    ]);
    expect(
      (await check({ [BRIEFING]: briefing({}, 'Body text <Cite source="1" />.\n\nMore to come. TODO\n') })).map((p) => [p.line, p.column, p.rule]),
    ).toEqual([[19, 15, 'briefing/placeholder']]);
  });

  it('passes the word in lower case or inside another word', async () => {
    expect(await check({ [BRIEFING]: briefing({ summary: 'Troops in Kursk; a todo list; TODOS.' }) })).toEqual([]);
  });
});
