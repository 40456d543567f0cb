// Parses a GIFT file with gift-pegjs (the parser behind Moodle-compatible
// GIFT editors) and prints what it read as JSON, for tests/api/export.rs.
// Usage: node gift_dump.mjs FILE
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");

const text = readFileSync(process.argv[2], "utf8");
process.stdout.write(JSON.stringify(parse(text)));
