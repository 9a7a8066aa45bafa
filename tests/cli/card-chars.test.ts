import { describe, expect, it } from 'vitest';
import { cardChars } from '../../src/app/card-png';

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
