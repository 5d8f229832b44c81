// The promotion chooser: four pieces (and a cancel button) over the board; the player's choice
// goes to the callback as a UCI promotion letter.

import { pieceSvg } from './pieces.js';

/** Shows the chooser (data-testid="promote-q" …) in {@code container} and calls back with q, r, b or n. */
export function choosePromotion(container, color, chosen) {
  const chooser = document.createElement('div');
  chooser.className = 'promotion';
  chooser.dataset.testid = 'promotion';
  chooser.setAttribute('role', 'dialog');
  chooser.setAttribute('aria-label', 'Promote to');
  for (const p of ['q', 'r', 'b', 'n']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = `promote-${p}`;
    button.appendChild(pieceSvg(color === 'white' ? p.toUpperCase() : p));
    button.addEventListener('click', () => {
      chooser.remove();
      chosen(p);
    });
    chooser.appendChild(button);
  }
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'cancel';
  cancel.dataset.testid = 'promote-cancel';
  cancel.setAttribute('aria-label', 'Cancel');
  cancel.textContent = '×';
  cancel.addEventListener('click', () => chooser.remove());
  chooser.appendChild(cancel);
  container.appendChild(chooser);
  chooser.querySelector('button').focus();
}
