// The peer: what d3-hierarchy does with the same CSV. Prints one JSON line of figures.
//   node d3-tree.mjs staff.csv
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { stratify, tree } from "d3-hierarchy";

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

let start = process.hrtime.bigint();
const rows = csvParse(readFileSync(process.argv[2], "utf8"));
const parseMs = ms(start);

start = process.hrtime.bigint();
const root = stratify().id((d) => d.id).parentId((d) => d.manager || null)(rows);
const stratifyMs = ms(start);

start = process.hrtime.bigint();
tree().nodeSize([256 + 36, 112 + 72])(root);
const layoutMs = ms(start);
const peakMB = process.resourceUsage().maxRSS / 1024;

start = process.hrtime.bigint();
const parts = [];
for (const link of root.links())
  parts.push(`<path d="M${link.source.x},${link.source.y}V${(link.source.y + link.target.y) / 2}H${link.target.x}V${link.target.y}"/>`);
for (const node of root.descendants())
  parts.push(`<g id="role-${escape(node.id)}"><title>${escape(node.data.name)}</title><rect x="${node.x - 128}" y="${node.y}" width="256" height="112" rx="8"/><text x="${node.x}" y="${node.y + 32}">${escape(node.data.name)}</text><text x="${node.x}" y="${node.y + 57}">${escape(node.data.title)}</text></g>`);
const svg = `<svg xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
const svgMs = ms(start);

console.log(JSON.stringify({ parseMs, stratifyMs, layoutMs, svgMs, svgBytes: svg.length, peakMB }));
