// Small DOM helpers. Every text from the chains goes through textContent,
// never innerHTML: token URIs and revert reasons are attacker-chosen.

const SVG = 'http://www.w3.org/2000/svg';

// h(tag, attrs, ...children) builds an element; attrs with on* are listeners.
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// replace swaps an element's children.
export function replace(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
}

export function short(hex) {
  if (!hex) return '';
  return hex.length > 14 ? hex.slice(0, 8) + '…' + hex.slice(-4) : hex;
}

export function secs(s) {
  if (s === undefined || s === null) return '';
  if (s < 90) return `${Math.round(s * 10) / 10} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}

export function num(x, digits = 4) {
  if (x === undefined || x === null || Number.isNaN(x)) return '';
  return Number(x).toLocaleString('en-US', { maximumFractionDigits: digits });
}

// txLink links a TxRef: to the explorer when configured, else to a search
// of the console for that hash.
export function txLink(ref, label) {
  if (!ref || !ref.txHash) return '';
  const href = ref.url || `#q=${ref.txHash}`;
  return h('a', { href, class: 'mono', title: `${ref.chain} chain, block ${ref.block}: ${ref.txHash}` }, label || short(ref.txHash));
}

export function addrLink(a, label) {
  if (!a) return '';
  return h('a', { href: `#q=${a}`, class: 'mono', title: a }, label || short(a));
}
