// The board: 64 squares (each with data-square="e2"), the pieces, and the two ways to move,
// click-then-click and drag. It knows no rules; it asks canMove(square) whether a piece may be
// picked up and hands the chosen move to onMove(uci), asking for the promotion piece first.

import { pieceSvg } from './pieces.js';
import { choosePromotion } from './promotion.js';
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
    root.addEventListener('keydown', (e) => this.keyDown(e));
    root.setAttribute('role', 'grid');
    root.setAttribute('aria-label', 'Chess board');
    this.focusSquare = 'e2';
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
    const hadFocus = this.root.contains(document.activeElement);
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
      // One tab stop for the whole board; the arrow keys move between squares (roving tabindex).
      cell.tabIndex = square === this.focusSquare ? 0 : -1;
      cell.setAttribute('role', 'gridcell');
      cell.setAttribute('aria-label', `${square}${piece ? `, ${cell.firstChild.getAttribute('aria-label')}` : ''}`);
      if (i % 8 === 0) cell.appendChild(label('rank', square[1]));
      if (i >= 56) cell.appendChild(label('file', square[0]));
      this.root.appendChild(cell);
    });
    if (hadFocus) this.root.querySelector(`[data-square="${this.focusSquare}"]`)?.focus();
  }

  // The keyboard plays like clicks: Enter or Space picks up a piece, then puts it down.
  keyDown(event) {
    const square = event.target.closest?.('[data-square]')?.dataset.square;
    if (!square || this.promotionOpen()) return;
    const steps = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 8, ArrowUp: -8 };
    if (event.key in steps) {
      const order = squaresFor(this.orientation);
      const next = order.indexOf(square) + steps[event.key];
      const sameRow = Math.abs(steps[event.key]) === 8 || Math.floor(next / 8) === Math.floor(order.indexOf(square) / 8);
      if (next >= 0 && next < 64 && sameRow) this.moveFocus(order[next]);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.activate(square);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      this.select(null);
    }
  }

  moveFocus(square) {
    this.root.querySelector(`[data-square="${this.focusSquare}"]`)?.setAttribute('tabindex', '-1');
    this.focusSquare = square;
    const cell = this.root.querySelector(`[data-square="${square}"]`);
    cell.tabIndex = 0;
    cell.focus();
  }

  activate(square) {
    if (this.selected && square !== this.selected && !this.ownPieceOn(square)) this.tryMove(this.selected, square);
    else if (this.canMove(square)) this.select(this.selected === square ? null : square);
    else this.select(null);
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
    if (isPromotion(piece, from, to)) choosePromotion(this.root.parentElement, colorOf(piece), (p) => this.onMove(from + to + p));
    else this.onMove(from + to);
  }

  promotionOpen() {
    return Boolean(this.root.parentElement?.querySelector('.promotion'));
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
