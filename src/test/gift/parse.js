// Parses GIFT from standard input with gift-pegjs (an independent parser) and prints what it read as JSON.
// A syntax error exits 1 with the parser's message and location.
const path = require("path");
const { parse } = require(path.resolve(__dirname, "../../../.tools/gift/node_modules/gift-pegjs"));
let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(text)));
  } catch (e) {
    const at = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : "";
    process.stderr.write(`gift-pegjs: ${e.message}${at}\n`);
    process.exit(1);
  }
});
