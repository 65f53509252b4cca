// Feeds every statement of a JSON array on stdin through Learning Locker's xAPI validator, one statement at
// a time, and prints one line per statement: "ok N" or "invalid N: <warnings>". Exit 1 if any is invalid.
// NODE_PATH must point at the node_modules holding @learninglocker/xapi-validation (see .ci/run).
const validate = require('@learninglocker/xapi-validation').default;

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const statements = JSON.parse(input);
  if (!Array.isArray(statements)) {
    console.log('invalid: not a JSON array of statements');
    process.exit(1);
  }
  let bad = 0;
  statements.forEach((statement, i) => {
    const warnings = validate(statement);
    if (warnings.length === 0) {
      console.log('ok ' + i);
    } else {
      bad++;
      console.log('invalid ' + i + ': ' + JSON.stringify(warnings.map(w => ({ path: w.path, warning: w.constructor.name }))));
    }
  });
  console.log(statements.length + ' statements, ' + bad + ' invalid');
  process.exit(bad === 0 ? 0 : 1);
});
