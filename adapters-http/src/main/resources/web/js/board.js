// The board: 64 squares (each with data-square="e2"), the pieces, and the two ways to move,
// click-then-click and drag. It knows no rules; it asks canMove(square) whether a piece may be
// picked up and hands the chosen move to onMove(uci), asking for the promotion piece first.

import { pieceSvg } from './pieces.js';
import { colorOf, isPromotion, squaresFor } from './fen.js';

export class BoardView {
  /**
   * @param root the element to draw into
   * @param canMove (square) => whether the user may move the piece standing there
   * @param onMove (uci) => called with the user's move
   */
  constructor(root, { canMove, onMove }) {
    this.root = root;
    this.canMove = canMove;
    this.onMove = onMove;
    this.orientation = 'white';
    this.position = { pieces: new Map(), turn: 'white' };
    this.selected = null;
    this.lastMove = null;
    this.drag = null;
    root.classList.add('board');
    root.addEventListener('pointerdown', (e) => this.pointerDown(e));
    root.addEventListener('pointermove', (e) => this.pointerMove(e));
    root.addEventListener('pointerup', (e) => this.pointerUp(e));
    root.addEventListener('pointercancel', () => this.cancelDrag());
    this.draw();
  }

  /** Shows a position (and highlights the last move, a UCI string or null). */
  show(position, lastMove) {
    this.position = position;
    this.lastMove = lastMove;
    if (this.selected && !this.canMove(this.selected)) this.selected = null;
    this.draw();
  }

  setOrientation(orientation) {
    if (orientation === this.orientation) return;
    this.orientation = orientation;
    this.draw();
  }

  draw() {
    this.root.replaceChildren();
    this.root.dataset.orientation = this.orientation;
    const squares = squaresFor(this.orientation);
    squares.forEach((square, i) => {
      const cell = document.createElement('div');
      const dark = (square.charCodeAt(0) - 97 + Number(square[1])) % 2 === 0;
      cell.className = `square ${dark ? 'dark' : 'light'}`;
      cell.dataset.square = square;
      if (square === this.selected) cell.classList.add('selected');
      if (this.lastMove && (square === this.lastMove.slice(0, 2) || square === this.lastMove.slice(2, 4))) {
        cell.classList.add('last-move');
      }
      const piece = this.position.pieces.get(square);
      if (piece) {
        cell.appendChild(pieceSvg(piece));
        cell.dataset.piece = piece;
      }
      if (i % 8 === 0) cell.appendChild(label('rank', square[1]));
      if (i >= 56) cell.appendChild(label('file', square[0]));
      this.root.appendChild(cell);
    });
  }

  // Clicks and drags are both pointer events: a press on a movable piece starts a drag; a
  // release on another square plays the move, a release on the same square selects the piece.
  pointerDown(event) {
    if (event.button !== 0 || this.promotionOpen()) return;
    const square = squareAt(event.target);
    if (!square) return;
    if (this.selected && square !== this.selected && !this.ownPieceOn(square)) {
      this.tryMove(this.selected, square);
      return;
    }
    if (!this.canMove(square)) {
      this.select(null);
      return;
    }
    this.drag = { from: square, x: event.clientX, y: event.clientY, ghost: null, pointerId: event.pointerId };
    this.root.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  }

  pointerMove(event) {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (!drag.ghost) {
      if (Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 4) return;
      drag.ghost = this.startGhost(drag.from);
    }
    const size = drag.ghost.getBoundingClientRect().width;
    drag.ghost.style.transform = `translate(${event.clientX - size / 2}px, ${event.clientY - size / 2}px)`;
  }

  pointerUp(event) {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.cancelDrag();
    const target = squareAt(document.elementFromPoint(event.clientX, event.clientY));
    if (!target || target === drag.from) {
      this.select(this.selected === drag.from && !drag.ghost ? null : drag.from);
      return;
    }
    if (drag.ghost || this.selected === drag.from) this.tryMove(drag.from, target);
  }

  cancelDrag() {
    if (this.drag?.ghost) {
      this.drag.ghost.remove();
      this.root.querySelector(`[data-square="${this.drag.from}"] .piece`)?.classList.remove('lifted');
    }
    this.drag = null;
  }

  startGhost(from) {
    const original = this.root.querySelector(`[data-square="${from}"] .piece`);
    const ghost = pieceSvg(this.position.pieces.get(from));
    ghost.classList.add('ghost');
    const size = this.root.querySelector('.square').getBoundingClientRect().width;
    ghost.style.width = ghost.style.height = `${size}px`;
    document.body.appendChild(ghost);
    original?.classList.add('lifted');
    return ghost;
  }

  select(square) {
    this.selected = square;
    for (const cell of this.root.querySelectorAll('.square')) {
      cell.classList.toggle('selected', cell.dataset.square === square);
    }
  }

  ownPieceOn(square) {
    const piece = this.position.pieces.get(square);
    const mover = this.selected && this.position.pieces.get(this.selected);
    return Boolean(piece && mover && colorOf(piece) === colorOf(mover));
  }

  tryMove(from, to) {
    this.select(null);
    const piece = this.position.pieces.get(from);
    if (isPromotion(piece, from, to)) this.choosePromotion(colorOf(piece), (p) => this.onMove(from + to + p));
    else this.onMove(from + to);
  }

  promotionOpen() {
    return Boolean(this.root.parentElement?.querySelector('.promotion'));
  }

  /** Shows the four promotion pieces (data-testid="promote-q" …) and calls back with the choice. */
  choosePromotion(color, chosen) {
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
    cancel.textContent = '×';
    cancel.addEventListener('click', () => chooser.remove());
    chooser.appendChild(cancel);
    this.root.parentElement.appendChild(chooser);
  }
}

function squareAt(element) {
  return element?.closest?.('[data-square]')?.dataset.square ?? null;
}

function label(kind, text) {
  const span = document.createElement('span');
  span.className = `coord ${kind}`;
  span.textContent = text;
  return span;
}
