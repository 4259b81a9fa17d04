// Reference counts for WorkloadEquivalenceTest: runs each reference handle() (w1_wordfilter.js .. w5_transform.js)
// over a corpus in Node.js, message i in room i % rooms, with one kv per room, and prints key=value lines.
// Usage (from the repository root):
//   node benchmarks/src/test/resources/reference-counts.js /work/shared/workloads CORPUS.tsv ROOMS
// reference-10000-42-rooms1.properties: the benchmark corpus (benchmarks/src/main/resources/corpus-10000-42.tsv,
// the first 10,000 lines of `node gen_messages.js 50000 42`), one room.
// reference-50000-42-rooms1.properties: `node gen_messages.js 50000 42`, one room (one kv, as the README asks).
'use strict';
var fs = require('fs');
var path = require('path');
var dir = process.argv[2];
var lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(function (l) { return l.length > 0; });
var rooms = parseInt(process.argv[4] || '1', 10);
var names = ['w1_wordfilter', 'w2_spamrate', 'w3_tipgoal', 'w4_commands', 'w5_transform'];
var out = [];
names.forEach(function (name) {
  var handle = new Function(fs.readFileSync(path.join(dir, name + '.js'), 'utf8') + '\nreturn handle;')();
  var kvs = [];
  for (var r = 0; r < rooms; r++) kvs.push(new Map());
  var c = { messages: 0, rejected: 0, modified: 0, modifiedChars: 0, actions: {} };
  function count(key) { c.actions[key] = (c.actions[key] || 0) + 1; }
  lines.forEach(function (line, i) {
    var f = line.split('\t');
    var msg = { type: f[0], user: f[1], ts: Number(f[2]), amount: Number(f[3]), body: f.slice(4).join('\t') };
    var kv = kvs[i % rooms];
    var api = {
      kvGet: function (k) { return kv.get(k); },
      kvSet: function (k, v) { kv.set(k, v); },
      emit: function (type, p) { count(type); if (type === 'notice' && p.to != null) count('notice.to'); }
    };
    var res = handle(msg, api);
    c.messages++;
    if (res.verdict === 'reject') c.rejected++;
    else if (typeof res.body === 'string') { c.modified++; c.modifiedChars += res.body.length; }
  });
  out.push(name + '.messages=' + c.messages, name + '.rejected=' + c.rejected, name + '.modified=' + c.modified,
    name + '.modifiedChars=' + c.modifiedChars);
  Object.keys(c.actions).sort().forEach(function (k) { out.push(name + '.action.' + k + '=' + c.actions[k]); });
});
process.stdout.write(out.join('\n') + '\n');
