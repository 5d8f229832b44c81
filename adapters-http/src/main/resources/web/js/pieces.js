// The chess pieces as inline SVG, drawn for this page (45x45 view box), so the board needs no
// font, image file or network: a piece is an <svg> the board puts inside a square.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Outline shapes (filled with the piece colour) and detail strokes per piece type.
const SHAPES = {
  p: {
    fill: [
      'M22.5 8.5a5 5 0 0 1 3.2 8.9c1.9 1.2 3.1 3.1 3.1 5.3h-2.6c2.8 2.6 4.9 7 5.6 12.3H13.2c.7-5.3 2.8-9.7 5.6-12.3h-2.6c0-2.2 1.2-4.1 3.1-5.3a5 5 0 0 1 3.2-8.9z',
      'M11 39.5h23v-4.5H11z',
    ],
    detail: [],
  },
  r: {
    fill: [
      'M12 13h4v3h3.5v-3h6v3H29v-3h4v6l-3 2.5 1 11.5h-17l1-11.5-3-2.5z',
      'M10 39.5h25v-3.5l-2-2.5H12l-2 2.5z',
    ],
    detail: ['M15 21.5h15', 'M14 32.5h17'],
  },
  n: {
    fill: [
      'M21 9.5l2.5 2c6.5.6 11.5 6.5 11.5 15.5v9.5H16c0-4 1.5-6.5 4-8.5 2.2-1.8 3.2-4 2.8-6.2-1.2 1.6-3 2.3-4.8 2.3l-2.6 2.6c-1.4 1.4-3.6 1-4.4-.8-.5-1.2-.2-2.4.6-3.6l5.4-8c.6-.9 1.2-1.8 2-2.5l.6-4.3 1.9 2.6z',
      'M13 39.5h23.5v-4H13z',
    ],
    detail: ['M14.5 22.7l1 .2', 'M22.8 19.3c.6 3-1 5.5-3.3 7.5'],
    dots: [[17.2, 17.2, 1.2]],
  },
  b: {
    fill: [
      'M22.5 9.5c-5.5 4.5-8.5 9.5-7.8 14.5.5 3 2.5 5.3 4.8 6.3h6c2.3-1 4.3-3.3 4.8-6.3.7-5-2.3-10-7.8-14.5z',
      'M17.5 30.3h10l1 3.7h-12z',
      'M10 39.5c4.5-.5 8.8-1.5 12.5-4 3.7 2.5 8 3.5 12.5 4v1H10z',
    ],
    detail: ['M22.5 15v9', 'M18.5 19.5h8'],
    dots: [[22.5, 7.2, 2.6]],
  },
  q: {
    fill: [
      'M11 34l-3.2-18.5 6.7 10.3 2-12.8 5 12.3 1-13.3 1 13.3 5-12.3 2 12.8 6.7-10.3L34 34c-7.3-2-15.7-2-23 0z',
      'M10 39.5h25v-3.5c-8-2.6-17-2.6-25 0z',
    ],
    detail: ['M11.5 34.2c7-1.7 15-1.7 22 0'],
    dots: [[7.8, 14, 2.2], [16, 12, 2.2], [22.5, 10.5, 2.2], [29, 12, 2.2], [37.2, 14, 2.2]],
  },
  k: {
    fill: [
      'M12 34c-3.5-5.5-3.5-11.5 1.5-14 4.5-2.2 7.8.8 9 4.5 1.2-3.7 4.5-6.7 9-4.5 5 2.5 5 8.5 1.5 14-7-2-14-2-21 0z',
      'M22.5 13c-2.2 0-3.3 3-2.2 6.2l2.2 5.3 2.2-5.3c1.1-3.2 0-6.2-2.2-6.2z',
      'M10 39.5h25v-3.5c-8-2.6-17-2.6-25 0z',
    ],
    detail: ['M22.5 4v8', 'M19 7.5h7', 'M12.5 34.2c6.5-1.7 13.5-1.7 20 0'],
  },
};

const NAMES = { p: 'pawn', r: 'rook', n: 'knight', b: 'bishop', q: 'queen', k: 'king' };

/** An <svg> for a FEN piece letter (upper case white, lower case black). */
export function pieceSvg(letter) {
  const type = letter.toLowerCase();
  const white = letter !== type;
  const shape = SHAPES[type];
  if (!shape) throw new Error(`not a piece letter: ${letter}`);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 45 45');
  svg.setAttribute('class', `piece ${white ? 'white' : 'black'}`);
  svg.setAttribute('data-piece', (white ? 'w' : 'b') + type.toUpperCase());
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${white ? 'white' : 'black'} ${NAMES[type]}`);
  for (const d of shape.fill) svg.appendChild(path(d, 'body'));
  for (const [cx, cy, r] of shape.dots ?? []) {
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', cx);
    dot.setAttribute('cy', cy);
    dot.setAttribute('r', r);
    dot.setAttribute('class', type === 'n' ? 'eye' : 'body');
    svg.appendChild(dot);
  }
  for (const d of shape.detail) svg.appendChild(path(d, 'detail'));
  return svg;
}

function path(d, cls) {
  const p = document.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', d);
  p.setAttribute('class', cls);
  return p;
}
