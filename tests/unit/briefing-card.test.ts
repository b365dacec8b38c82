import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/data/views.ts';
import { briefingCardHtml, briefingCardsHtml, dateHtml, statusBadgeHtml } from '../../src/render/briefing-card.ts';

const frozen = (id: string, data: Card['data']): Card => Object.freeze({ id, data: Object.freeze({ ...data }) });

const card = frozen('2024-11-04-kursk', { title: 'Strike on Kursk', date: '2024-11-04', status: 'disputed', summary: 'A summary.' });

const badge =
  '<a href="/about/#status-disputed" class="status-badge" data-status="disputed" title="Sources or parties give conflicting accounts.">Disputed</a>';

describe('briefingCardHtml', () => {
  it('writes the bytes the BriefingCard component wrote', () => {
    expect(briefingCardHtml(card)).toBe(
      '<article class="briefing-card"><h3 class="font-serif text-lg font-semibold leading-snug">' +
        '<a href="/briefings/2024-11-04-kursk/" class="text-ink no-underline hover:text-accent hover:underline">Strike on Kursk</a></h3>' +
        `<p class="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted"><time datetime="2024-11-04">4 November 2024</time>${badge}</p>` +
        '<p class="mt-1 text-[0.95rem]">A summary.</p></article>',
    );
  });

  it('takes the heading level and leaves the date out when asked, as the timeline shows cards', () => {
    const html = briefingCardHtml(card, { level: 4, showDate: false });
    expect(html).toContain('<h4 class="font-serif text-lg font-semibold leading-snug">');
    expect(html).toContain('</a></h4>');
    expect(html).not.toContain('<time');
    expect(html).toContain(`text-muted">${badge}</p>`);
  });

  it('escapes hostile titles and summaries as text, never as markup', () => {
    const hostile = frozen('2024-11-04-hostile', {
      title: `<script>alert("x")</script> & Tom's`,
      date: '2024-11-04',
      status: 'claimed',
      summary: '</p><img src=x onerror=alert(1)> "quoted" & \'single\'',
    });
    const html = briefingCardHtml(hostile);
    expect(html).toContain('>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tom&#39;s</a>');
    expect(html).toContain('>&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;</p></article>');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('keeps an attribute closed whatever the id holds', () => {
    const odd = frozen('a"b&c', { title: 'T', date: '2024-11-04', status: 'claimed', summary: 'S' });
    expect(briefingCardHtml(odd)).toContain('<a href="/briefings/a&quot;b&amp;c/" class=');
  });

  it('gives two cards that share an id each the HTML of what it shows', () => {
    const retitled = frozen(card.id, { ...card.data, title: 'Strike on Kursk, corrected' });
    expect(briefingCardHtml(retitled)).toContain('>Strike on Kursk, corrected</a>');
    expect(briefingCardHtml(card)).toContain('>Strike on Kursk</a>');
  });

  it('renders an unfrozen card each time, so a change to it shows', () => {
    const open = { id: 'x', data: { title: 'Before', date: '2024-11-04', status: 'claimed' as const, summary: 'S' } };
    expect(briefingCardHtml(open)).toContain('>Before</a>');
    open.data.title = 'After';
    expect(briefingCardHtml(open)).toContain('>After</a>');
  });

  it('writes a list as its cards one after another', () => {
    const other = frozen('2024-11-05-other', { title: 'Other', date: '2024-11-05', status: 'confirmed', summary: 'S' });
    expect(briefingCardsHtml([card, other])).toBe(briefingCardHtml(card) + briefingCardHtml(other));
    expect(briefingCardsHtml([])).toBe('');
  });
});

describe('dateHtml and statusBadgeHtml', () => {
  it('write a day as the site formats it, with a class only when given one', () => {
    expect(dateHtml('2024-11-04')).toBe('<time datetime="2024-11-04">4 November 2024</time>');
    expect(dateHtml('2024-11-04', 'text-sm text-muted')).toBe('<time datetime="2024-11-04" class="text-sm text-muted">4 November 2024</time>');
  });

  it('write a status as a badge that links to its meaning', () => {
    expect(statusBadgeHtml('disputed')).toBe(badge);
  });
});
