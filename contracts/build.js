// Compiles contracts/src with the solc version pinned in package.json (solc-js, standard-JSON API) and writes
// artifacts/<Name>.abi (JSON) and artifacts/<Name>.bin (creation bytecode, hex without 0x) for the deployable
// contracts, plus OpenZeppelin's TimelockController compiled from the pinned @openzeppelin/contracts package (the
// owner of the bridges and the Anchor; not our own code). Output is deterministic: sources are named by relative path, metadata carries no source hash,
// and files end with one newline. Exits non-zero on any compiler error or when a contract's runtime code exceeds
// the EIP-170 limit (24576 bytes). Run through build.sh, which also regenerates the Go bindings.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = __dirname;
const SRC = path.join(ROOT, 'src');
const OUT = path.join(ROOT, 'artifacts');
// [name, source unit]
const CONTRACTS = [
  ['Bridge', 'src/Bridge.sol'],
  ['Anchor', 'src/Anchor.sol'],
  ['ServiceChainToken', 'src/ServiceChainToken.sol'],
  ['ServiceChainNFT', 'src/ServiceChainNFT.sol'],
  ['ServiceRegistry', 'src/ServiceRegistry.sol'],
  ['TimelockController', '@openzeppelin/contracts/governance/TimelockController.sol'],
];
// Sources compiled from node_modules as they are (named by their import path).
const PACKAGE_SOURCES = ['@openzeppelin/contracts/governance/TimelockController.sol'];
const CODE_SIZE_LIMIT = 24576;

function listSol(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return listSol(p);
      return e.name.endsWith('.sol') ? [p] : [];
    });
}

function findImports(importPath) {
  const candidates = [
    path.join(ROOT, importPath),
    path.join(ROOT, 'node_modules', importPath),
  ];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${importPath} (looked in contracts/ and contracts/node_modules/; run npm ci)` };
}

const sources = {};
for (const file of listSol(SRC)) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  sources[rel] = { content: fs.readFileSync(file, 'utf8') };
}

for (const rel of PACKAGE_SOURCES) {
  const file = path.join(ROOT, 'node_modules', rel);
  if (!fs.existsSync(file)) {
    console.error(`${file} not found; run npm ci in contracts/`);
    process.exit(1);
  }
  sources[rel] = { content: fs.readFileSync(file, 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    viaIR: true,
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: {
      '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
    },
  },
};

console.log(`solc ${solc.version()}: compiling ${Object.keys(sources).length} files`);
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  // Shadowing / same-name warnings come from parameters named like the public getters on purpose (ABI names follow the spec).
  if (e.severity === 'warning' && /shadows an existing declaration|same name as another declaration/.test(e.message)) continue;
  // OpenZeppelin's ReentrancyGuardTransient uses EIP-1153 transient storage on purpose (cleared at the end of each call).
  if (e.severity === 'warning' && /Transient storage as defined by EIP-1153/.test(e.message)) continue;
  console.error(e.formattedMessage || e.message);
}
if (failed) {
  console.error('compilation failed');
  process.exit(1);
}

fs.mkdirSync(OUT, { recursive: true });
for (const [name, file] of CONTRACTS) {
  const c = output.contracts[file] && output.contracts[file][name];
  if (!c) {
    console.error(`contract ${name} not found in ${file}`);
    process.exit(1);
  }
  const runtimeSize = c.evm.deployedBytecode.object.length / 2;
  const initSize = c.evm.bytecode.object.length / 2;
  console.log(`${name}: runtime ${runtimeSize} bytes, creation ${initSize} bytes`);
  if (runtimeSize > CODE_SIZE_LIMIT) {
    console.error(`${name}: runtime code ${runtimeSize} bytes exceeds the ${CODE_SIZE_LIMIT}-byte limit (EIP-170)`);
    failed = true;
  }
  fs.writeFileSync(path.join(OUT, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(OUT, `${name}.bin`), c.evm.bytecode.object);
}
if (failed) process.exit(1);
