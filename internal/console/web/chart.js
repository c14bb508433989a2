// The latency chart: one bar per handled transfer, oldest left, colored by
// direction. Plain SVG, no library.
import { h, replace } from './dom.js';

const W = 600, H = 160, L = 34, B = 18, T = 8, R = 6;

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

// drawChart draws points (LatencyPoint) using key ("seconds" or "blocks").
export function drawChart(el, points, key, unit) {
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `latency in ${unit}`, preserveAspectRatio: 'none' });
  const top = niceMax(Math.max(0, ...points.map((p) => p[key])));
  const y = (v) => H - B - (v / top) * (H - B - T);
  for (const f of [0, 0.5, 1]) {
    const v = top * f;
    svg.append(h('svg:line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'axis', 'stroke-opacity': f === 0 ? 1 : 0.3 }));
    svg.append(h('svg:text', { x: L - 4, y: y(v) + 3, 'text-anchor': 'end' }, String(Math.round(v * 10) / 10)));
  }
  if (points.length === 0) {
    svg.append(h('svg:text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no handled transfer yet'));
  }
  const slot = (W - L - R) / Math.max(points.length, 10);
  points.forEach((p, i) => {
    const v = p[key];
    const x = L + i * slot + slot * 0.15;
    const hgt = Math.max(1, H - B - y(v));
    const cls = p.direction === 'parent-to-child' ? 'p2c' : 'c2p';
    svg.append(h('svg:rect', { x, y: H - B - hgt, width: Math.max(1, slot * 0.7), height: hgt, class: cls, dataset: { nonce: p.nonce, direction: p.direction } },
      h('svg:title', {}, `${p.direction} nonce ${p.nonce}: ${v} ${unit}`)));
  });
  svg.append(h('svg:text', { x: L, y: H - 4 }, 'parent→child (blue), child→parent (orange)'));
  replace(el, svg);
}
