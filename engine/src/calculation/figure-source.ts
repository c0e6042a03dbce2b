// Where a row's figures come from. The reference sums the customer's dated
// lines for each window it is asked about; the columnar kernel answers the
// same question from sums it gathered in one pass over the store. The rules
// after rule 4 see only the answers, so both paths share all the tier math.
import type { DateWindow } from '../periods/window.js';
import { gatherFigures, type Figures } from './figures.js';
import type { DatedLine } from './program-lines.js';

export type FigureSource = (window: DateWindow) => Figures;

export function lineFigures(lines: readonly DatedLine[]): FigureSource {
  return (window) => gatherFigures(lines, window);
}
