// A small line chart of a score over time (inline SVG), drawn against the
// score's whole range, with the values named in its text alternative. The
// table beside it carries the same numbers for everyone.

import type { Band } from '../types';
import { formatDay } from '../../../core/format';

const SVG = 'http://www.w3.org/2000/svg';

export function sparkline(o: {
  name: string;
  points: Array<{ completedAt: string; value: number }>;
  bands: Band[];
  width?: number;
  height?: number;
}): SVGSVGElement {
  const width = o.width ?? 240;
  const height = o.height ?? 56;
  const pad = 6;
  const values = o.points.map((p) => p.value);
  const low = Math.min(o.bands[0]?.min ?? Math.min(...values), ...values);
  const high = Math.max(o.bands[o.bands.length - 1]?.max ?? Math.max(...values), ...values);
  const x = (i: number) => (o.points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (o.points.length - 1));
  const y = (v: number) => (high === low ? height / 2 : height - pad - ((v - low) * (height - 2 * pad)) / (high - low));

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'app-sparkline');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  const described = o.points.map((p) => `${p.value} on ${formatDay(p.completedAt)}`).join(', ');
  svg.setAttribute('aria-label', `${o.name} over time (from ${low} to ${high}): ${described}`);
  const el = (name: string, attrs: Record<string, string | number>) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    svg.append(node);
    return node;
  };
  // Band boundaries as faint lines, so a change of band shows.
  for (const band of o.bands.slice(1)) {
    el('line', { x1: 0, x2: width, y1: y(band.min - 0.5), y2: y(band.min - 0.5), class: 'app-sparkline__band' });
  }
  el('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, class: 'app-sparkline__frame' });
  if (o.points.length > 1) {
    el('polyline', { points: o.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), class: 'app-sparkline__line' });
  }
  o.points.forEach((p, i) =>
    el('circle', { cx: x(i), cy: y(p.value), r: i === o.points.length - 1 ? 4 : 2.5, class: 'app-sparkline__point' }),
  );
  return svg;
}
