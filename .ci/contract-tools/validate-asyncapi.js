// Validates an AsyncAPI document with the official parser (@asyncapi/parser, pinned in package.json), the way
// AsyncAPI tools (Studio, the generator) read it: errors fail, warnings are shown.
// Usage: node validate-asyncapi.js path/to/document.yaml
'use strict';
const path = require('path');
const { Parser, fromFile } = require('@asyncapi/parser');

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node validate-asyncapi.js <asyncapi.yaml>');
    process.exit(2);
  }
  const { document, diagnostics } = await fromFile(new Parser(), path.resolve(file)).parse();
  const severities = ['error', 'warning', 'info', 'hint'];
  for (const d of diagnostics) {
    console.log(`${severities[d.severity] || d.severity} ${d.code}: ${d.message} at ${(d.path || []).join('.')}`);
  }
  const errors = diagnostics.filter(d => d.severity === 0).length;
  if (!document || errors > 0) {
    console.error(`${file}: ${errors} error(s); not a valid AsyncAPI document`);
    process.exit(1);
  }
  console.log(`${file}: valid AsyncAPI ${document.version()} (${document.channels().length} channels, `
    + `${document.allMessages().length} messages)`);
}

main().catch(e => { console.error(e); process.exit(1); });
