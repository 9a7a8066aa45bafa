import type { Translate } from '../i18n/translate';
import type { FigureCard } from './figure-cards';

/** Single values as figures with their unit, qualifier and definition: no bar without a comparison. */
export function FigureCardList({ cards, t }: { cards: readonly FigureCard[]; t: Translate }) {
  return (
    <ul className="figure-cards" aria-label={t('figure.list')}>
      {cards.map((card) => (
        <li key={card.key} className="figure-card" data-figure={card.key}>
          <p className="figure-label">{card.label}</p>
          <p className="figure-value">
            {card.value}
            {card.unit && (
              <span className="figure-unit">
                {card.spaced ? ' ' : ''}
                {card.unit}
              </span>
            )}
            {card.previous && <span className="figure-previous">{card.previous}</span>}
          </p>
          {card.qualifier && <p className="figure-note">{card.qualifier}</p>}
          {card.definition && (
            <p className="figure-note">{t('figure.definition', { text: card.definition })}</p>
          )}
          <p className="figure-period">{card.period}</p>
        </li>
      ))}
    </ul>
  );
}
