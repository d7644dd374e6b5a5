/**
 * What `levels:generate` says when a level came out with no conflicting-figures round. Figure
 * rounds are picked after the other types and no sentence serves two rounds, so the engine may
 * have made figure rounds that all quote sentences other rounds already use: then "the articles
 * share no figure" would be untrue, and another seed is the teacher's way out. A figure every outlet prints to
 * the letter makes no round (the player could match it without reading): the note says so.
 */
export function noFigureRoundsNote(figureRoundsMade: number): string {
  return figureRoundsMade > 0
    ? `note: no conflicting-figures rounds: the engine made ${figureRoundsMade}, but each quotes a sentence another round of this level already uses (no sentence serves two rounds). Try another --seed, or add figure rounds by hand.`
    : 'note: no conflicting-figures rounds: the articles share no usable figure: none the engine could compare with confidence (different quantities, or none at all), or only figures every outlet prints the same way, which a player could match without reading. The level has the other round types; add figure rounds by hand if the articles have some.';
}
