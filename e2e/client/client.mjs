#!/usr/bin/env node
// client.mjs: a user-side client of the servicechain bridge, built on ethers v6.
//
// It does what an ordinary wallet does: it sends transfer requests to a Bridge
// contract (native coin, ERC-20 in 2 steps or 1 step through ERC-1363, ERC-721 in
// 2 steps or 1 step through safeTransferFrom), reads balances and NFT owners, and
// waits for the HandleValueTransfer event that pays a request out on the other
// chain. The e2e harness drives it as a separate process and reads its --json output.
//
// ABIs come from <repo>/contracts/artifacts/<Name>.abi (override with --artifacts DIR).
// Amounts are integers in the token's smallest unit (wei for native coin); the
// suffixes "ether" and "gwei" are accepted too (e.g. 1.5ether).
//
// Run `node e2e/client/client.mjs help` for the commands.

import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ethers } from "ethers";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, "..", "..");

// Token types as the Bridge emits them (plan: 0 Native, 1 ERC20, 2 ERC721).
const TOKEN_TYPE = { 0: "native", 1: "erc20", 2: "erc721" };

const USAGE = `usage: node client.mjs <command> [options]

commands (all take --rpc URL; --json prints one JSON object on stdout):
  info                     chain id, head block number, base fee
  send                     plain value transfer: --key --to --value
  balance                  --address [--token ERC20]  native or ERC-20 balance
  owner                    --token ERC721 --token-id N  owner of an NFT ("" if none)
  bridge-state             --bridge  requestNonce, lowerHandleNonce, upperHandleNonce
  native                   --key --bridge --to --value --fee-limit [--extra HEX]
  erc20                    --key --bridge --token --to --value --fee-limit [--one-step] [--extra HEX]
  erc721                   --key --bridge --token --to --token-id [--one-step] [--extra HEX]
  wait-handle              --bridge --nonce N[,N...] [--from-block B] [--timeout S]
                           waits for HandleValueTransfer events with these handleNonces
  burst                    --bridge --keys K1,K2,... --count N [--kinds LIST] [--to ADDR]
                           [--value V] [--fee-limit F] [--token ERC20] [--erc20-value V]
                           [--erc20-fee-limit F] [--nft ERC721] [--nft-ids A-B] [--no-wait]
                           [--rate R]
                           sends N requests from several wallets (one nonce stream each);
                           with --rate, request i is sent i/R seconds after the start
                           (a steady stream of R requests per second) instead of at once
                           kinds: native, erc20, erc20-1step, erc721, erc721-1step

common options:
  --rpc URL                JSON-RPC endpoint (http:// or ws://)
  --key HEX                private key of the sending wallet
  --artifacts DIR          ABI directory (default <repo>/contracts/artifacts)
  --timeout S              seconds to wait for receipts/events (default 120)
  --gas-limit N            fixed gas limit instead of an estimate
  --json                   machine output
`;

const OPTIONS = {
  rpc: { type: "string" },
  key: { type: "string" },
  keys: { type: "string" },
  to: { type: "string" },
  value: { type: "string" },
  "fee-limit": { type: "string" },
  "erc20-value": { type: "string" },
  "erc20-fee-limit": { type: "string" },
  bridge: { type: "string" },
  token: { type: "string" },
  nft: { type: "string" },
  "nft-ids": { type: "string" },
  "token-id": { type: "string" },
  address: { type: "string" },
  extra: { type: "string" },
  nonce: { type: "string" },
  "from-block": { type: "string" },
  timeout: { type: "string" },
  count: { type: "string" },
  kinds: { type: "string" },
  rate: { type: "string" },
  "gas-limit": { type: "string" },
  artifacts: { type: "string" },
  "one-step": { type: "boolean" },
  "no-wait": { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

class UsageError extends Error {}

function fail(msg) {
  throw new UsageError(msg);
}

function need(opts, name) {
  const v = opts[name];
  if (v === undefined || v === "") fail(`--${name} is required`);
  return v;
}

function parseAmount(s, name) {
  const m = /^(\d+(?:\.\d+)?)(ether|gwei|wei)?$/.exec(String(s).trim());
  if (!m) fail(`--${name}: ${JSON.stringify(s)} is not an amount (want an integer in wei, or a number with the suffix ether or gwei)`);
  const unit = m[2] || "wei";
  if (unit === "wei" && m[1].includes(".")) fail(`--${name}: ${s}: wei amounts must be integers`);
  return ethers.parseUnits(m[1], unit === "wei" ? 0 : unit);
}

function parseAddress(s, name) {
  if (!ethers.isAddress(s)) fail(`--${name}: ${JSON.stringify(s)} is not a 20-byte hex address`);
  return ethers.getAddress(s);
}

function parseUint(s, name) {
  if (!/^\d+$/.test(String(s))) fail(`--${name}: ${JSON.stringify(s)} is not a non-negative integer`);
  return BigInt(s);
}

function parseHex(s, name) {
  if (s === undefined) return "0x";
  if (!ethers.isHexString(s)) fail(`--${name}: ${JSON.stringify(s)} is not 0x-prefixed hex`);
  return s;
}

function parseKey(s, name) {
  const k = s.startsWith("0x") ? s : "0x" + s;
  if (!ethers.isHexString(k, 32)) fail(`--${name}: not a 32-byte hex private key`);
  return k;
}

function timeoutMs(opts) {
  const t = opts.timeout === undefined ? 120 : Number(opts.timeout);
  if (!(t > 0)) fail(`--timeout: ${opts.timeout} is not a positive number of seconds`);
  return t * 1000;
}

// ---- ABIs ----

const abiCache = new Map();

function loadAbi(opts, name) {
  const dir = opts.artifacts ? resolve(opts.artifacts) : join(REPO_ROOT, "contracts", "artifacts");
  const file = join(dir, `${name}.abi`);
  if (abiCache.has(file)) return abiCache.get(file);
  if (!existsSync(file)) fail(`ABI file ${file} not found (build the contracts first, or pass --artifacts DIR)`);
  let abi = JSON.parse(readFileSync(file, "utf8"));
  if (abi && !Array.isArray(abi) && Array.isArray(abi.abi)) abi = abi.abi;
  const iface = new ethers.Interface(abi);
  abiCache.set(file, iface);
  return iface;
}

// Standard fragments for reads that any ERC-20/ERC-721 answers; used so balance
// and owner work on any token without our artifacts.
const ERC20_READ = new ethers.Interface(["function balanceOf(address) view returns (uint256)"]);
const ERC721_READ = new ethers.Interface(["function ownerOf(uint256) view returns (address)"]);

// ---- provider and wallets ----

function provider(opts) {
  const url = need(opts, "rpc");
  let p;
  if (url.startsWith("ws://") || url.startsWith("wss://")) {
    p = new ethers.WebSocketProvider(url);
  } else if (url.startsWith("http://") || url.startsWith("https://")) {
    p = new ethers.JsonRpcProvider(url, undefined, { batchMaxCount: 50, pollingInterval: 250 });
  } else {
    fail(`--rpc: ${JSON.stringify(url)} is not an http(s):// or ws(s):// URL`);
  }
  return p;
}

async function waitReceipt(p, hash, ms) {
  const r = await p.waitForTransaction(hash, 1, ms);
  if (!r) throw new Error(`no receipt for ${hash} within ${ms / 1000}s`);
  return r;
}

function checkStatus(r, what) {
  if (r.status !== 1) throw new Error(`${what} tx ${r.hash} reverted (block ${r.blockNumber}, gas used ${r.gasUsed})`);
}

// requestFromReceipt finds the bridge's RequestValueTransfer(WithURI) event in a receipt.
function requestFromReceipt(bridgeIface, bridgeAddr, receipt) {
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== bridgeAddr.toLowerCase()) continue;
    let ev;
    try {
      ev = bridgeIface.parseLog(log);
    } catch {
      continue;
    }
    if (!ev) continue;
    if (ev.name === "RequestValueTransfer" || ev.name === "RequestValueTransferWithURI") {
      const a = ev.args;
      const out = {
        event: ev.name,
        tokenType: Number(a.tokenType),
        tokenKind: TOKEN_TYPE[Number(a.tokenType)] ?? "unknown",
        from: a.from,
        to: a.to,
        token: a.token,
        valueOrTokenId: a.valueOrTokenId,
        requestNonce: a.requestNonce,
        fee: a.fee,
        extraData: a.extraData,
      };
      if (ev.name === "RequestValueTransferWithURI") out.tokenURI = a.tokenURI;
      return out;
    }
  }
  return null;
}

function txResult(receipt, request, extra = {}) {
  return {
    txHash: receipt.hash,
    blockNumber: receipt.blockNumber,
    blockHash: receipt.blockHash,
    gasUsed: receipt.gasUsed,
    status: receipt.status,
    requestNonce: request ? request.requestNonce : null,
    request,
    ...extra,
  };
}

// ---- commands ----

async function cmdInfo(opts) {
  const p = provider(opts);
  const [net, block] = await Promise.all([p.getNetwork(), p.getBlock("latest")]);
  return {
    chainId: Number(net.chainId),
    blockNumber: block.number,
    blockHash: block.hash,
    timestamp: block.timestamp,
    gasLimit: block.gasLimit,
    baseFeePerGas: block.baseFeePerGas,
  };
}

async function cmdSend(opts) {
  const p = provider(opts);
  const w = new ethers.Wallet(parseKey(need(opts, "key"), "key"), p);
  const tx = await w.sendTransaction({
    to: parseAddress(need(opts, "to"), "to"),
    value: parseAmount(need(opts, "value"), "value"),
    ...(opts["gas-limit"] ? { gasLimit: parseUint(opts["gas-limit"], "gas-limit") } : {}),
  });
  const r = await waitReceipt(p, tx.hash, timeoutMs(opts));
  checkStatus(r, "transfer");
  return { from: w.address, to: tx.to, value: tx.value, txHash: r.hash, blockNumber: r.blockNumber, gasUsed: r.gasUsed, status: r.status };
}

async function cmdBalance(opts) {
  const p = provider(opts);
  const addr = parseAddress(need(opts, "address"), "address");
  if (opts.token) {
    const token = parseAddress(opts.token, "token");
    const c = new ethers.Contract(token, ERC20_READ, p);
    return { address: addr, token, balance: await c.balanceOf(addr) };
  }
  return { address: addr, token: ethers.ZeroAddress, balance: await p.getBalance(addr) };
}

async function cmdOwner(opts) {
  const p = provider(opts);
  const token = parseAddress(need(opts, "token"), "token");
  const id = parseUint(need(opts, "token-id"), "token-id");
  const c = new ethers.Contract(token, ERC721_READ, p);
  let owner = "";
  try {
    owner = await c.ownerOf(id);
  } catch (e) {
    // ERC721NonexistentToken (or a burnt token) reverts: report no owner.
    if (e.code !== "CALL_EXCEPTION") throw e;
  }
  return { token, tokenId: id, owner };
}

async function cmdBridgeState(opts) {
  const p = provider(opts);
  const addr = parseAddress(need(opts, "bridge"), "bridge");
  const b = new ethers.Contract(addr, loadAbi(opts, "Bridge"), p);
  const [requestNonce, lowerHandleNonce, upperHandleNonce, head] = await Promise.all([
    b.requestNonce(),
    b.lowerHandleNonce(),
    b.upperHandleNonce(),
    p.getBlockNumber(),
  ]);
  return { bridge: addr, requestNonce, lowerHandleNonce, upperHandleNonce, blockNumber: head };
}

async function cmdNative(opts) {
  const p = provider(opts);
  const w = new ethers.Wallet(parseKey(need(opts, "key"), "key"), p);
  const bridgeAddr = parseAddress(need(opts, "bridge"), "bridge");
  const iface = loadAbi(opts, "Bridge");
  const bridge = new ethers.Contract(bridgeAddr, iface, w);
  const to = parseAddress(need(opts, "to"), "to");
  const value = parseAmount(need(opts, "value"), "value");
  const feeLimit = parseAmount(need(opts, "fee-limit"), "fee-limit");
  const extra = parseHex(opts.extra, "extra");
  const overrides = { value: value + feeLimit };
  if (opts["gas-limit"]) overrides.gasLimit = parseUint(opts["gas-limit"], "gas-limit");
  const tx = await bridge.requestNativeTransfer(to, value, extra, overrides);
  const r = await waitReceipt(p, tx.hash, timeoutMs(opts));
  checkStatus(r, "requestNativeTransfer");
  return txResult(r, requestFromReceipt(iface, bridgeAddr, r), { kind: "native", from: w.address });
}

async function cmdERC20(opts) {
  const p = provider(opts);
  const w = new ethers.Wallet(parseKey(need(opts, "key"), "key"), p);
  const bridgeAddr = parseAddress(need(opts, "bridge"), "bridge");
  const tokenAddr = parseAddress(need(opts, "token"), "token");
  const bIface = loadAbi(opts, "Bridge");
  const tIface = loadAbi(opts, "ServiceChainToken");
  const bridge = new ethers.Contract(bridgeAddr, bIface, w);
  const token = new ethers.Contract(tokenAddr, tIface, w);
  const to = parseAddress(need(opts, "to"), "to");
  const value = parseAmount(need(opts, "value"), "value");
  const feeLimit = parseAmount(need(opts, "fee-limit"), "fee-limit");
  const extra = parseHex(opts.extra, "extra");
  const ms = timeoutMs(opts);
  const gas = opts["gas-limit"] ? { gasLimit: parseUint(opts["gas-limit"], "gas-limit") } : {};
  if (opts["one-step"]) {
    // ERC-1363: transferAndCall(bridge, value+feeLimit, abi.encode(to, feeLimit, extraData)).
    const data = ethers.AbiCoder.defaultAbiCoder().encode(["address", "uint256", "bytes"], [to, feeLimit, extra]);
    const tx = await token["transferAndCall(address,uint256,bytes)"](bridgeAddr, value + feeLimit, data, gas);
    const r = await waitReceipt(p, tx.hash, ms);
    checkStatus(r, "transferAndCall");
    return txResult(r, requestFromReceipt(bIface, bridgeAddr, r), { kind: "erc20-1step", from: w.address });
  }
  const atx = await token.approve(bridgeAddr, value + feeLimit, gas);
  const ar = await waitReceipt(p, atx.hash, ms);
  checkStatus(ar, "approve");
  const tx = await bridge.requestERC20Transfer(tokenAddr, to, value, feeLimit, extra, gas);
  const r = await waitReceipt(p, tx.hash, ms);
  checkStatus(r, "requestERC20Transfer");
  return txResult(r, requestFromReceipt(bIface, bridgeAddr, r), { kind: "erc20", from: w.address, approveTxHash: ar.hash });
}

async function cmdERC721(opts) {
  const p = provider(opts);
  const w = new ethers.Wallet(parseKey(need(opts, "key"), "key"), p);
  const bridgeAddr = parseAddress(need(opts, "bridge"), "bridge");
  const tokenAddr = parseAddress(need(opts, "token"), "token");
  const bIface = loadAbi(opts, "Bridge");
  const nIface = loadAbi(opts, "ServiceChainNFT");
  const bridge = new ethers.Contract(bridgeAddr, bIface, w);
  const nft = new ethers.Contract(tokenAddr, nIface, w);
  const to = parseAddress(need(opts, "to"), "to");
  const id = parseUint(need(opts, "token-id"), "token-id");
  const extra = parseHex(opts.extra, "extra");
  const ms = timeoutMs(opts);
  const gas = opts["gas-limit"] ? { gasLimit: parseUint(opts["gas-limit"], "gas-limit") } : {};
  if (opts["one-step"]) {
    // safeTransferFrom(from, bridge, id, abi.encode(to, extraData)) -> Bridge.onERC721Received.
    const data = ethers.AbiCoder.defaultAbiCoder().encode(["address", "bytes"], [to, extra]);
    const tx = await nft["safeTransferFrom(address,address,uint256,bytes)"](w.address, bridgeAddr, id, data, gas);
    const r = await waitReceipt(p, tx.hash, ms);
    checkStatus(r, "safeTransferFrom");
    return txResult(r, requestFromReceipt(bIface, bridgeAddr, r), { kind: "erc721-1step", from: w.address });
  }
  const atx = await nft.approve(bridgeAddr, id, gas);
  const ar = await waitReceipt(p, atx.hash, ms);
  checkStatus(ar, "approve");
  const tx = await bridge.requestERC721Transfer(tokenAddr, to, id, extra, gas);
  const r = await waitReceipt(p, tx.hash, ms);
  checkStatus(r, "requestERC721Transfer");
  return txResult(r, requestFromReceipt(bIface, bridgeAddr, r), { kind: "erc721", from: w.address, approveTxHash: ar.hash });
}

function parseNonceList(s) {
  const out = new Set();
  for (const part of String(s).split(",")) {
    const t = part.trim();
    if (t === "") continue;
    const m = /^(\d+)-(\d+)$/.exec(t);
    if (m) {
      const a = BigInt(m[1]);
      const b = BigInt(m[2]);
      if (b < a) fail(`--nonce: range ${t} is empty`);
      if (b - a > 100000n) fail(`--nonce: range ${t} is longer than 100000`);
      for (let n = a; n <= b; n++) out.add(n);
    } else {
      out.add(parseUint(t, "nonce"));
    }
  }
  if (out.size === 0) fail("--nonce: no nonce given");
  return out;
}

async function cmdWaitHandle(opts) {
  const p = provider(opts);
  const bridgeAddr = parseAddress(need(opts, "bridge"), "bridge");
  const iface = loadAbi(opts, "Bridge");
  const ev = iface.getEvent("HandleValueTransfer");
  if (!ev) fail("Bridge ABI has no HandleValueTransfer event");
  const topic = ev.topicHash;
  const want = parseNonceList(need(opts, "nonce"));
  const found = new Map();
  let from = opts["from-block"] ? Number(parseUint(opts["from-block"], "from-block")) : 0;
  const deadline = Date.now() + timeoutMs(opts);
  const STRIDE = 5000;
  for (;;) {
    const head = await p.getBlockNumber();
    while (from <= head) {
      const to = Math.min(head, from + STRIDE - 1);
      const logs = await p.getLogs({ address: bridgeAddr, topics: [topic], fromBlock: from, toBlock: to });
      for (const log of logs) {
        const e = iface.parseLog(log);
        const n = e.args.handleNonce;
        if (!want.has(n) || found.has(n)) continue;
        found.set(n, {
          handleNonce: n,
          txHash: log.transactionHash,
          blockNumber: log.blockNumber,
          requestTxHash: e.args.requestTxHash,
          tokenType: Number(e.args.tokenType),
          from: e.args.from,
          to: e.args.to,
          token: e.args.token,
          valueOrTokenId: e.args.valueOrTokenId,
          lowerHandleNonce: e.args.lowerHandleNonce,
        });
      }
      from = to + 1;
    }
    if (found.size === want.size) break;
    if (Date.now() > deadline) {
      const missing = [...want].filter((n) => !found.has(n)).sort((a, b) => (a < b ? -1 : 1));
      const err = new Error(`timed out: ${missing.length} of ${want.size} handleNonces not seen (first missing ${missing[0]})`);
      err.result = { ok: false, missing, handled: [...found.values()], scannedTo: from - 1 };
      throw err;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const handled = [...found.values()].sort((a, b) => (a.handleNonce < b.handleNonce ? -1 : 1));
  return { ok: true, handled, scannedTo: from - 1 };
}

// parseIdRange parses "A-B" or "a,b,c" into a list of BigInt token ids.
function parseIdRange(s) {
  const out = [];
  for (const part of String(s).split(",")) {
    const m = /^(\d+)-(\d+)$/.exec(part.trim());
    if (m) {
      for (let n = BigInt(m[1]); n <= BigInt(m[2]); n++) out.push(n);
    } else if (part.trim() !== "") {
      out.push(parseUint(part.trim(), "nft-ids"));
    }
  }
  return out;
}

const BURST_KINDS = ["native", "erc20", "erc20-1step", "erc721", "erc721-1step"];

async function cmdBurst(opts) {
  const p = provider(opts);
  const bridgeAddr = parseAddress(need(opts, "bridge"), "bridge");
  const keys = need(opts, "keys").split(",").filter((k) => k.trim() !== "").map((k) => parseKey(k.trim(), "keys"));
  const count = Number(parseUint(need(opts, "count"), "count"));
  const kinds = (opts.kinds || "native").split(",").map((k) => k.trim()).filter((k) => k !== "");
  for (const k of kinds) if (!BURST_KINDS.includes(k)) fail(`--kinds: ${k} is not one of ${BURST_KINDS.join(", ")}`);
  const ms = timeoutMs(opts);
  const rate = opts.rate === undefined ? 0 : Number(opts.rate);
  if (opts.rate !== undefined && !(rate > 0)) fail(`--rate: ${opts.rate} is not a positive number of requests per second`);
  const fixedGas = opts["gas-limit"] ? parseUint(opts["gas-limit"], "gas-limit") : null;
  const fixedTo = opts.to ? parseAddress(opts.to, "to") : null;
  const nativeValue = parseAmount(opts.value ?? "1000", "value");
  const nativeFeeLimit = parseAmount(opts["fee-limit"] ?? "0", "fee-limit");
  const erc20Value = parseAmount(opts["erc20-value"] ?? "1000", "erc20-value");
  const erc20FeeLimit = parseAmount(opts["erc20-fee-limit"] ?? "0", "erc20-fee-limit");
  const needERC20 = kinds.some((k) => k.startsWith("erc20"));
  const needNFT = kinds.some((k) => k.startsWith("erc721"));
  const tokenAddr = needERC20 ? parseAddress(need(opts, "token"), "token") : null;
  const nftAddr = needNFT ? parseAddress(need(opts, "nft"), "nft") : null;

  const bIface = loadAbi(opts, "Bridge");
  const tIface = needERC20 ? loadAbi(opts, "ServiceChainToken") : null;
  const nIface = needNFT ? loadAbi(opts, "ServiceChainNFT") : null;
  const wallets = keys.map((k) => new ethers.Wallet(k, p));
  const net = await p.getNetwork();

  // Plan: request i goes to wallet i % W with kind (i / W) % K.
  const plan = [];
  for (let i = 0; i < count; i++) {
    plan.push({ index: i, wallet: i % wallets.length, kind: kinds[Math.floor(i / wallets.length) % kinds.length] });
  }
  // NFT ids: find which wallet owns which id of --nft-ids.
  if (needNFT) {
    const ids = parseIdRange(need(opts, "nft-ids"));
    const reader = new ethers.Contract(nftAddr, ERC721_READ, p);
    const owners = await Promise.all(ids.map((id) => reader.ownerOf(id).catch(() => ethers.ZeroAddress)));
    const pools = wallets.map(() => []);
    ids.forEach((id, j) => {
      const w = wallets.findIndex((x) => x.address === owners[j]);
      if (w >= 0) pools[w].push(id);
    });
    for (const item of plan) {
      if (!item.kind.startsWith("erc721")) continue;
      const id = pools[item.wallet].shift();
      if (id === undefined) fail(`burst: wallet ${wallets[item.wallet].address} owns too few NFTs of --nft-ids for its ERC-721 requests`);
      item.tokenId = id;
    }
  }

  // Fees: one EIP-1559 quote for the whole burst, with room for the base fee to rise.
  const latest = await p.getBlock("latest");
  const tip = 1_000_000_000n; // 1 gwei
  const maxFee = (latest.baseFeePerGas ?? 1_000_000_000n) * 4n + tip;
  const nonces = await Promise.all(wallets.map((w) => p.getTransactionCount(w.address, "pending")));

  const abi = ethers.AbiCoder.defaultAbiCoder();
  // Approvals once per wallet (an ordinary wallet would approve per request; a standing
  // allowance keeps the burst to one request tx per transfer).
  const approvals = [];
  for (let w = 0; w < wallets.length; w++) {
    const mine = plan.filter((x) => x.wallet === w);
    if (mine.some((x) => x.kind === "erc20")) {
      approvals.push({ w, to: tokenAddr, data: tIface.encodeFunctionData("approve", [bridgeAddr, ethers.MaxUint256]) });
    }
    if (mine.some((x) => x.kind === "erc721")) {
      approvals.push({ w, to: nftAddr, data: nIface.encodeFunctionData("setApprovalForAll", [bridgeAddr, true]) });
    }
  }
  const approvalHashes = [];
  for (const a of approvals) {
    const w = wallets[a.w];
    const req = { to: a.to, data: a.data, nonce: nonces[a.w]++, chainId: net.chainId, type: 2, maxFeePerGas: maxFee, maxPriorityFeePerGas: tip };
    req.gasLimit = fixedGas ?? ((await p.estimateGas({ ...req, from: w.address })) * 3n) / 2n;
    const signed = await w.signTransaction(req);
    approvalHashes.push(await p.send("eth_sendRawTransaction", [signed]));
  }
  for (const h of approvalHashes) checkStatus(await waitReceipt(p, h, ms), "approve");

  function buildTx(item) {
    const w = wallets[item.wallet];
    const to = fixedTo ?? w.address;
    item.to = to;
    switch (item.kind) {
      case "native":
        item.value = nativeValue;
        return { to: bridgeAddr, value: nativeValue + nativeFeeLimit, data: bIface.encodeFunctionData("requestNativeTransfer", [to, nativeValue, "0x"]) };
      case "erc20":
        item.value = erc20Value;
        return { to: bridgeAddr, data: bIface.encodeFunctionData("requestERC20Transfer", [tokenAddr, to, erc20Value, erc20FeeLimit, "0x"]) };
      case "erc20-1step":
        item.value = erc20Value;
        return {
          to: tokenAddr,
          data: tIface.encodeFunctionData("transferAndCall(address,uint256,bytes)", [
            bridgeAddr,
            erc20Value + erc20FeeLimit,
            abi.encode(["address", "uint256", "bytes"], [to, erc20FeeLimit, "0x"]),
          ]),
        };
      case "erc721":
        return { to: bridgeAddr, data: bIface.encodeFunctionData("requestERC721Transfer", [nftAddr, to, item.tokenId, "0x"]) };
      case "erc721-1step":
        return {
          to: nftAddr,
          data: nIface.encodeFunctionData("safeTransferFrom(address,address,uint256,bytes)", [w.address, bridgeAddr, item.tokenId, abi.encode(["address", "bytes"], [to, "0x"])]),
        };
    }
    throw new Error(`unknown kind ${item.kind}`);
  }

  // Gas: estimate the first request of each (wallet, kind) and reuse it with a margin.
  const gasCache = new Map();
  const started = Date.now();
  await Promise.all(
    wallets.map(async (w, wi) => {
      for (const item of plan.filter((x) => x.wallet === wi)) {
        if (rate > 0) {
          const due = started + (item.index * 1000) / rate;
          const wait = due - Date.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        const base = buildTx(item);
        const req = { ...base, nonce: nonces[wi]++, chainId: net.chainId, type: 2, maxFeePerGas: maxFee, maxPriorityFeePerGas: tip };
        let gas = fixedGas;
        if (gas === null) {
          const ck = `${wi}/${item.kind}`;
          if (!gasCache.has(ck)) gasCache.set(ck, ((await p.estimateGas({ ...base, from: w.address })) * 3n) / 2n);
          gas = gasCache.get(ck);
        }
        req.gasLimit = gas;
        item.from = w.address;
        item.txNonce = req.nonce;
        item.txHash = await p.send("eth_sendRawTransaction", [await w.signTransaction(req)]);
        item.sentAt = Date.now();
      }
    }),
  );
  const sentMs = Date.now() - started;
  if (!opts["no-wait"]) {
    await Promise.all(
      plan.map(async (item) => {
        const r = await waitReceipt(p, item.txHash, ms);
        item.blockNumber = r.blockNumber;
        item.gasUsed = r.gasUsed;
        item.status = r.status;
        const req = r.status === 1 ? requestFromReceipt(bIface, bridgeAddr, r) : null;
        item.requestNonce = req ? req.requestNonce : null;
        item.fee = req ? req.fee : null;
      }),
    );
  }
  const failed = plan.filter((x) => x.status === 0).length;
  return {
    ok: failed === 0,
    count: plan.length,
    failed,
    sendMillis: sentMs,
    totalMillis: Date.now() - started,
    approvals: approvalHashes,
    requests: plan.map(({ wallet, ...rest }) => rest),
  };
}

// ---- main ----

function jsonReplacer(_k, v) {
  return typeof v === "bigint" ? v.toString() : v;
}

function printHuman(obj, indent = "") {
  for (const [k, v] of Object.entries(obj)) {
    if (v !== null && typeof v === "object") {
      console.log(`${indent}${k}:`);
      printHuman(v, indent + "  ");
    } else {
      console.log(`${indent}${k}: ${typeof v === "bigint" ? v.toString() : v}`);
    }
  }
}

const COMMANDS = {
  info: cmdInfo,
  send: cmdSend,
  balance: cmdBalance,
  owner: cmdOwner,
  "bridge-state": cmdBridgeState,
  native: cmdNative,
  erc20: cmdERC20,
  erc721: cmdERC721,
  "wait-handle": cmdWaitHandle,
  burst: cmdBurst,
};

async function main() {
  const { values: opts, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
  const cmd = positionals[0];
  if (!cmd || cmd === "help" || opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const fn = COMMANDS[cmd];
  if (!fn) {
    process.stderr.write(`unknown command ${JSON.stringify(cmd)}\n${USAGE}`);
    return 2;
  }
  try {
    const out = await fn(opts);
    if (opts.json) process.stdout.write(JSON.stringify(out, jsonReplacer) + "\n");
    else printHuman(out);
    return out && out.ok === false ? 1 : 0;
  } catch (e) {
    if (process.env.CLIENT_DEBUG) console.error(e);
    const msg = e instanceof UsageError ? e.message : e.shortMessage || e.message || String(e);
    if (opts.json) process.stdout.write(JSON.stringify({ ok: false, error: msg, ...(e.result || {}) }, jsonReplacer) + "\n");
    process.stderr.write(`client ${cmd}: ${msg}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

// exitAfterFlush exits once stdout and stderr have been written out: on a
// pipe, process.stdout.write is asynchronous and process.exit would cut a
// large --json output short.
function exitAfterFlush(code) {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

main().then(
  (code) => exitAfterFlush(code),
  (e) => {
    process.stderr.write(`client: ${e.message || e}\n`);
    exitAfterFlush(2);
  },
);
