import { describe, expect, it } from 'vitest';
import { cardChars, cardPngs } from '../../src/app/card-png';
import { CARD_FONT } from '../../src/features/embed/social-card';
import { wholeFontRender } from './whole-font';

describe('cardChars', () => {
  it('keeps the text of every card, entities decoded, and never the markup', () => {
    const chars = cardChars([
      '<svg><text x="1" aria-label="蓝">全城通办 &amp; 6,327</text></svg>',
      '<svg><text>&#x4E00;&#20108;&lt;件&gt;</text><rect fill="red"/></svg>',
    ]);
    for (const ch of '全城通办&6,327一二<件>') expect(chars).toContain(ch);
    expect(chars).not.toContain('蓝');
  });

  it('keeps printable ASCII whatever the cards say, so a new figure needs no new subset', () => {
    expect(cardChars(['<svg><text>1</text></svg>'])).toBe(cardChars(['<svg><text>9</text></svg>']));
  });

  it('lists each character once, in order, so the same text gives the same subset', () => {
    const chars = cardChars(['<svg><text>办办通全</text></svg>']);
    expect(chars).toBe(cardChars(['<svg><text>全通办</text></svg>']));
    expect(new Set(chars).size).toBe(Array.from(chars).length);
  });
});

describe('cardPngs', () => {
  const svg = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><rect width="240" height="60" fill="#fff"/>` +
    `<text x="10" y="40" font-size="24" font-family="${CARD_FONT}">${text}</text></svg>`;

  it('draws a changed card anew, as the whole font draws it, and reuses an unchanged one', async () => {
    const [same, before] = await cardPngs([svg('全城通办 578'), svg('长三角 394')]);
    const [again, after] = await cardPngs([svg('全城通办 578'), svg('长三角 395')]);
    expect(again).toBe(same);
    expect(Buffer.from(after!).equals(Buffer.from(before!))).toBe(false);
    expect(Buffer.from(after!).equals(wholeFontRender(svg('长三角 395')).asPng())).toBe(true);
  }, 60_000);
});
