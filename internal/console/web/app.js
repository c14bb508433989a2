// The console page: one EventSource on /api/events, re-rendered on every
// snapshot; searches and verifications go through the JSON API.
import { h, replace, short, secs, num, txLink, addrLink } from './dom.js';
import { drawChart } from './chart.js';

const $ = (id) => document.getElementById(id);
const state = { snap: null, query: '', results: null, open: new Set(), searchSeq: 0 };

function pill(ok, yes, no) {
  return h('span', { class: `pill ${ok ? 'ok' : 'bad'}` }, ok ? yes : no);
}

function card(title, rows, attrs = {}) {
  return h('div', { class: 'card', ...attrs }, h('h3', {}, title),
    h('dl', {}, rows.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}

function renderChains(s) {
  replace($('chains'), s.chains.map((c) => card(`${c.name} chain`, [
    ['chain id', String(c.chainId)],
    ['head', h('span', { class: 'head' }, String(c.head))],
    ['block time', c.blockTimeSeconds ? `${num(c.blockTimeSeconds, 2)} s` : ''],
    ['base fee', c.baseFeeWei ? `${num(c.baseFeeGwei, 4)} gwei` : 'none (pre-London)'],
    ['head age', secs(c.headAgeSeconds)],
    ['bridge', addrLink(c.bridge)],
    c.error && ['error', h('span', { class: 'bad' }, c.error)],
  ], { id: `chain-${c.name}` })));
}

function renderProducers(p) {
  const el = $('producers');
  if (!p.configured) { replace(el, h('p', { class: 'muted', id: 'producers-message' }, p.message || 'no service-chain nodes configured')); return; }
  const rows = (p.nodes || []).map((n) => h('tr', { dataset: { node: n.name } },
    h('td', {}, n.name), h('td', {}, n.role || ''), h('td', { class: n.state === 'down' ? 'bad' : n.state === 'leader' ? 'ok' : '' }, n.state),
    h('td', {}, String(n.head)), h('td', {}, String(n.lagBlocks)), h('td', {}, n.error || '')));
  const fo = (p.failovers || []).map((f) => h('li', {}, `${new Date(f.time).toLocaleString()}: ${f.from || '?'} → ${f.to} at block ${f.height}, ${f.missedSlots} missed slots${f.planned ? ' (handover)' : ''}`));
  replace(el,
    h('p', {}, `leader: ${p.leader || 'none'}, committed head ${p.committedHead}`, p.error ? h('span', { class: 'bad' }, ` (${p.error})`) : ''),
    h('table', {}, h('thead', {}, h('tr', {}, ['node', 'role', 'state', 'head', 'lag (blocks)', 'error'].map((t) => h('th', {}, t)))), h('tbody', {}, rows)),
    fo.length ? h('div', {}, h('h3', {}, 'recent failovers'), h('ul', {}, fo)) : '');
}

function renderDirections(s) {
  replace($('directions'), s.directions.map((d) => {
    const open = (d.openRequests || []).slice(0, 10).map((o) => h('li', {}, `nonce ${o.nonce}: ${o.state}, ${o.votes} votes, ${secs(o.ageSeconds)} old `, o.txHash ? txLink({ txHash: o.txHash, chain: d.source }) : ''));
    return h('div', { class: 'card', id: `dir-${d.name}` }, h('h3', { class: `dir-${d.name}` }, d.name),
      h('dl', {},
        h('dt', {}, 'requestNonce'), h('dd', { class: 'request-nonce' }, String(d.requestNonce)),
        h('dt', {}, 'lowerHandleNonce'), h('dd', { class: 'lower-handle-nonce' }, String(d.lowerHandleNonce)),
        h('dt', {}, 'threshold'), h('dd', {}, String(d.threshold)),
        h('dt', {}, 'open requests'), h('dd', { class: 'open' }, String(d.open)),
        h('dt', {}, 'oldest open'), h('dd', {}, d.open ? secs(d.oldestOpenAgeSeconds) : '–'),
        h('dt', {}, 'refunds'), h('dd', {}, String(d.refunds))),
      open.length ? h('ul', { class: 'open-list' }, open) : '');
  }));
}

function voteBadges(t) {
  return (t.votes || []).map((v) => {
    const mark = { voted: '✓', skipped: '✗', pending: '…', standby: '–' }[v.status] || '?';
    return h('span', { class: `vote vote-${v.status}`, title: `${v.operator}: ${v.status}${v.reason ? ' (' + v.reason + ')' : ''}`, dataset: { operator: v.operator, status: v.status } },
      `${v.node || short(v.operator)} ${mark}`);
  });
}

function what(r) {
  if (!r) return '';
  if (r.kind === 'native') return BigInt(r.value) < 10n ** 12n ? `${r.value} wei` : `${num(Number(r.value) / 1e18, 6)} coin`;
  if (r.kind === 'erc721') return `NFT #${r.value}`;
  return `${r.value} units of ${short(r.token)}`;
}

function transferRow(t) {
  const key = `${t.direction}/${t.nonce}`;
  const r = t.request;
  const row = h('tr', { class: 'transfer', dataset: { key, state: t.state }, onclick: () => { state.open.has(key) ? state.open.delete(key) : state.open.add(key); renderTransfers(); } },
    h('td', { class: `dir-${t.direction}` }, t.direction),
    h('td', { class: 'nonce' }, String(t.nonce)),
    h('td', { class: `state state-${t.state}` }, t.state),
    h('td', {}, what(r)),
    h('td', {}, r ? [addrLink(r.from), ' → ', addrLink(r.to)] : ''),
    h('td', {}, r ? txLink(r) : h('span', { class: 'muted' }, 'not read yet')),
    h('td', { class: 'votes' }, h('span', { class: 'count' }, `${t.voteCount}/${t.threshold}`), ' ', voteBadges(t)),
    h('td', { class: 'handle' }, t.handle ? txLink(t.handle) : t.refund ? ['refund ', txLink(t.refund)] : (t.failures || []).length ? h('span', { class: 'bad' }, `payout failed ×${t.failures.length}`) : ''),
    h('td', { class: 'latency' }, t.latencySeconds !== undefined ? `${num(t.latencySeconds, 1)} s, ${t.latencyBlocks} blocks` : ''),
    h('td', {}, t.state === 'handled' ? '' : secs(t.ageSeconds)));
  if (!state.open.has(key)) return [row];
  const votes = (t.votes || []).map((v) => h('li', {}, `${v.node || v.operator} (${short(v.operator)}${v.registered ? '' : ', not registered'}): ${v.status}`,
    v.tx ? [' in ', txLink(v.tx)] : '', v.votesAfter ? `, ${v.votesAfter} votes after it` : '', v.reason ? ` (${v.reason})` : ''));
  const fails = (t.failures || []).map((f) => h('li', { class: 'bad' }, 'payout failed in ', txLink(f), `: ${f.reason}`));
  const detail = h('tr', { class: 'detail' }, h('td', { colspan: 10 },
    r ? h('p', {}, `request on the ${t.source} chain: `, txLink(r, r.txHash), ` (block ${r.block}), from `, addrLink(r.from, r.from), ' to ', addrLink(r.to, r.to), `, fee ${r.fee}`, r.tokenURI ? `, token URI ${r.tokenURI}` : '') : '',
    t.handle ? h('p', {}, `handled on the ${t.destination} chain: `, txLink(t.handle, t.handle.txHash), ` (block ${t.handle.block}), lowerHandleNonce ${t.handle.lowerHandleNonce}`) : '',
    t.refund ? h('p', { class: 'bad' }, 'refunded in ', txLink(t.refund, t.refund.txHash), t.refund.reverseNonce !== undefined ? `, carried back as nonce ${t.refund.reverseNonce}` : '') : '',
    h('ul', {}, votes, fails)));
  return [row, detail];
}

function renderTransfers() {
  const list = state.results !== null ? state.results : (state.snap ? state.snap.transfers || [] : []);
  replace($('transfers').tBodies[0], list.length ? list.map(transferRow) : h('tr', {}, h('td', { colspan: 10, class: 'muted' }, state.results !== null ? 'no transfer matches' : 'no transfer yet')));
  $('search-info').textContent = state.results !== null ? `${list.length} result(s) for ${state.query}` : `latest ${list.length}`;
}

function balance(wei, ether, funded) {
  if (!wei) return '';
  const f = funded === undefined ? '' : funded ? h('span', { class: 'ok' }, ' funded') : h('span', { class: 'bad' }, ' below floor');
  return [`${num(ether, 4)}`, f];
}

// endpoints summarises a node's RPC endpoints per chain (healthy/total).
function endpoints(n) {
  if (!n || !n.chains) return '';
  const parts = n.chains.map((c) => {
    const eps = c.endpoints || [];
    const ok = eps.filter((e) => e.healthy).length;
    return h('span', { class: ok === eps.length ? 'muted' : 'bad', title: eps.map((e) => `${e.url}: ${e.healthy ? 'healthy' : 'unhealthy'} at ${e.head}${e.error ? ' (' + e.error + ')' : ''}`).join('\n') }, `${c.name} ${ok}/${eps.length} `);
  });
  return h('div', { class: 'endpoints' }, 'endpoints ', parts);
}

function renderOperators(s) {
  const nodes = new Map((s.nodes || []).map((n) => [n.name, n]));
  const rows = (s.operators || []).map((o) => {
    const n = nodes.get(o.node);
    nodes.delete(o.node);
    const ready = o.ready === undefined ? h('span', { class: 'muted' }, 'no node') : pill(o.ready, 'ready', 'not ready');
    const why = (o.notReady || []).join('; ');
    return h('tr', { dataset: { operator: o.address, node: o.node || '' } },
      h('td', {}, addrLink(o.address)), h('td', {}, o.node || ''),
      h('td', { class: 'ready', title: why }, ready, why ? h('div', { class: 'muted why' }, why) : '', n && n.votingPaused ? h('div', { class: 'warn' }, 'voting paused') : '', endpoints(n)),
      h('td', {}, balance(o.parentBalanceWei, o.parentBalanceEther, o.parentFunded)),
      h('td', {}, balance(o.childBalanceWei, o.childBalanceEther, o.childFunded)),
      h('td', {}, o.lastVote ? [`${o.lastVote.direction} #${o.lastVote.nonce} `, txLink(o.lastVote)] : ''),
      h('td', { class: 'vote-total' }, String(o.votes)), h('td', { class: 'wasted' }, String(o.wasted)),
      h('td', {}, [o.parentBridge && 'parent', o.childBridge && 'child', o.anchor && 'anchor'].filter(Boolean).join(', ')));
  });
  for (const n of nodes.values()) {
    rows.push(h('tr', { dataset: { node: n.name } }, h('td', { class: 'muted' }, 'unknown operator'), h('td', {}, n.name),
      h('td', { class: 'ready' }, pill(n.ready, 'ready', 'not ready'), h('div', { class: 'muted why' }, (n.notReady || []).join('; '))), h('td', { colspan: 6 }, n.error || '')));
  }
  replace($('operators').tBodies[0], rows);
}

function renderAnchoring(a) {
  const el = $('anchoring');
  if (!a) { replace(el, h('p', { class: 'muted' }, 'no Anchor contract configured')); $('verify-form').hidden = true; return; }
  const st = a.status;
  const recent = (a.recent || []).slice(0, 5).map((e) => h('li', {}, `child block ${e.blockNumber} by `, addrLink(e.operator), ' in ', txLink(e.tx)));
  replace(el, h('div', { class: 'row' }, card('latest anchor', st ? [
    ['anchored child block', h('span', { id: 'latest-anchored' }, String(st.latestAnchoredBlock))],
    ['block hash', h('span', { class: 'mono', title: st.latestBlockHash }, short(st.latestBlockHash))],
    ['anchored by', addrLink(st.finalizedBy)],
    ['in parent block', String(st.anchoredAt)],
    ['child head (safe)', `${st.childHead} (${st.childSafeHead})`],
    ['lag', h('span', { class: a.behind ? 'bad' : '' }, `${st.lagBlocks} blocks`)],
    ['period', a.period ? `${a.period} child blocks` : 'unknown'],
    ['threshold', `${st.threshold} of ${(st.operators || []).length}`],
  ] : [['error', h('span', { class: 'bad' }, a.error || 'not read yet')]]),
  recent.length ? h('div', { class: 'card' }, h('h3', {}, 'recent anchors'), h('ul', {}, recent)) : ''));
}

function renderErrors(s) {
  const el = $('errors');
  el.hidden = !(s.errors && s.errors.length);
  el.textContent = (s.errors || []).join('\n');
}

function render() {
  const s = state.snap;
  if (!s) return;
  renderChains(s);
  renderProducers(s.producers || {});
  renderDirections(s);
  drawChart($('chart-seconds'), s.latency || [], 'seconds', 's');
  drawChart($('chart-blocks'), s.latency || [], 'blocks', 'blocks');
  renderTransfers();
  renderOperators(s);
  renderAnchoring(s.anchoring);
  renderErrors(s);
  $('updated').textContent = `updated ${new Date(s.time).toLocaleTimeString()} (v${s.version})`;
  document.body.dataset.version = s.version;
}

async function getJSON(url) {
  const resp = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await resp.json().catch(() => ({ error: `${resp.status} ${resp.statusText}` }));
  if (!resp.ok) throw new Error(body.error || `${resp.status} ${resp.statusText}`);
  return body;
}

async function runSearch() {
  const q = state.query;
  const seq = ++state.searchSeq;
  const err = $('search-error');
  if (!q) { state.results = null; err.hidden = true; renderTransfers(); return; }
  try {
    const res = await getJSON(`/api/transfers?q=${encodeURIComponent(q)}&limit=100`);
    if (seq !== state.searchSeq) return;
    state.results = res; err.hidden = true;
  } catch (e) {
    if (seq !== state.searchSeq) return;
    state.results = []; err.hidden = false; err.textContent = e.message;
  }
  renderTransfers();
}

function search(q) {
  state.query = q.trim();
  $('q').value = state.query;
  runSearch();
}

async function verify(ev) {
  ev.preventDefault();
  const block = $('verify-block').value.trim();
  const out = $('verify-result');
  replace(out, h('span', { class: 'muted' }, `verifying ${block} …`));
  try {
    const v = await getJSON(`/api/anchor/verify?block=${encodeURIComponent(block)}`);
    const ok = v.result === 'match';
    const rows = [['result', h('span', { class: `result ${ok ? 'ok' : 'bad'}`, id: 'verify-outcome' }, v.result)], ['child block', String(v.block)]];
    if (v.anchored) rows.push(['anchored in parent block', String(v.anchoredAt)], ['finalised by', addrLink(v.finalizedBy, v.finalizedBy)], ['block hash', h('span', { class: 'mono' }, v.anchored.blockHash)], ['blocks, txs', `${v.anchored.blockCount}, ${v.anchored.txCount}`]);
    for (const m of v.mismatches || []) rows.push([m.field, h('span', { class: 'bad' }, `anchored ${m.anchored}, child chain ${m.actual}`)]);
    replace(out, h('dl', {}, rows.map(([k, val]) => [h('dt', {}, k), h('dd', {}, val)])));
  } catch (e) {
    replace(out, h('span', { class: 'bad', id: 'verify-outcome' }, e.message));
  }
}

function connect() {
  const es = new EventSource('/api/events');
  es.addEventListener('open', () => { $('live').className = 'pill ok'; $('live').textContent = 'live'; });
  es.addEventListener('error', () => { $('live').className = 'pill bad'; $('live').textContent = 'reconnecting'; });
  es.addEventListener('snapshot', (ev) => {
    const s = JSON.parse(ev.data);
    const changed = !state.snap || s.version !== state.snap.version;
    state.snap = s;
    render();
    if (changed && state.query) runSearch();
  });
}

function fromHash() {
  const m = location.hash.match(/^#q=(.*)$/);
  if (m) search(decodeURIComponent(m[1]));
}

$('search').addEventListener('submit', (ev) => { ev.preventDefault(); const q = $('q').value.trim(); history.replaceState(null, '', q ? `#q=${encodeURIComponent(q)}` : '#'); search(q); });
$('clear').addEventListener('click', () => { history.replaceState(null, '', '#'); search(''); });
$('verify-form').addEventListener('submit', verify);
window.addEventListener('hashchange', fromHash);
fromHash();
connect();
