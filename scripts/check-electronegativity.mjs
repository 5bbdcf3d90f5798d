// Reads electronegativity's CSV and fails on any HIGH or MEDIUM finding that is not in the
// reviewed list (.ci/electronegativity-reviewed.json: exact check, file and source line, with
// the reason it is safe). A changed line or a new finding fails until someone reviews it.
import { readFileSync } from 'node:fs';

const [csvPath, reviewedPath = '.ci/electronegativity-reviewed.json'] = process.argv.slice(2);

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field.trim()); field = ''; }
    else if (c === '\n') { row.push(field.trim()); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field.trim()); rows.push(row); }
  return rows;
}

const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8')).filter((r) => r.length > 1);
if (!header || header[0] !== 'issue') {
  console.error('electronegativity: unexpected output');
  process.exit(1);
}
const reviewed = JSON.parse(readFileSync(reviewedPath, 'utf8'));
let bad = 0;
for (const [issue, severity, confidence, file, location, sample] of rows) {
  if (severity !== 'HIGH' && severity !== 'MEDIUM') continue;
  const ok = reviewed.some((r) => r.issue === issue && r.file === file && r.sample === sample);
  console.log(`${ok ? 'reviewed' : 'FINDING '} ${severity} ${issue} ${file}:${location} (${confidence}) ${sample}`);
  if (!ok) bad++;
}
console.log(`electronegativity: ${rows.length} findings, ${bad} unreviewed HIGH/MEDIUM`);
process.exit(bad === 0 ? 0 : 1);
