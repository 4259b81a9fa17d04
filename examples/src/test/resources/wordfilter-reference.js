// Reference counts for WordFilterEquivalenceTest: runs the JS reference handle() of w1_wordfilter.js over a corpus.
// Usage (from the repository root):
//   node examples/src/test/resources/wordfilter-reference.js \
//       /work/shared/workloads/w1_wordfilter.js examples/src/test/resources/corpus-5000-42.tsv
// The corpus itself came from: node /work/shared/workloads/gen_messages.js 5000 42
// Prints key=value lines; wordfilter-5000-42.properties holds this output.
'use strict';
var fs = require('fs');
var handle = new Function(fs.readFileSync(process.argv[2], 'utf8') + '\nreturn handle;')();
var counts = { messages: 0, chat: 0, rejected: 0, ban: 0, warn: 0, warnWord: 0, warnLink: 0 };
fs.readFileSync(process.argv[3], 'utf8').split('\n').forEach(function (line) {
  if (line.length === 0) return;
  var f = line.split('\t');
  var msg = { type: f[0], user: f[1], ts: Number(f[2]), amount: Number(f[3]), body: f.slice(4).join('\t') };
  counts.messages++;
  if (msg.type === 'chat') counts.chat++;
  var api = {
    kvGet: function () { return undefined; },
    kvSet: function () {},
    emit: function (type, p) {
      if (type === 'moderation.ban') counts.ban++;
      else { counts.warn++; if (p.reason === 'link') counts.warnLink++; else counts.warnWord++; }
    }
  };
  if (handle(msg, api).verdict === 'reject') counts.rejected++;
});
Object.keys(counts).forEach(function (k) { console.log(k + '=' + counts[k]); });
