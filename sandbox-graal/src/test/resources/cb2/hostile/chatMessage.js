// tries: the banter/1 hostile tricks from a cb/2 handler; the chat body picks one.
// expect: the same limits and hardening as banter/1; the room and the host carry on.
const trick = $message.body;
if (trick === 'loop') {
  for (;;) {}
} else if (trick === 'buffer') {
  new ArrayBuffer(2 ** 30);
} else if (trick === 'repeat') {
  'x'.repeat(2 ** 30);
} else if (trick === 'typed') {
  new Float64Array(2 ** 27);
} else if (trick === 'probe') {
  $room.sendNotice([typeof Java, typeof Polyglot, typeof Packages, typeof load, typeof SharedArrayBuffer,
    typeof WebAssembly, typeof Graal].join(','));
} else if (trick === 'rebind') {
  try { $room = null; } catch (e) { /* strict code throws, sloppy code is ignored */ }
  try { globalThis.$kv = 1; } catch (e) { /* idem */ }
  try { $room.sendNotice = null; } catch (e) { /* frozen */ }
  try { delete globalThis.$callback; } catch (e) { /* not configurable */ }
  $room.sendNotice('still ' + typeof $kv.get + ' ' + typeof $callback.create);
} else if (trick === 'recurse') {
  const down = (n) => down(n + 1) + 1;
  down(0);
} else if (trick === 'flood') {
  for (let i = 0; i < 1000; i++) $room.sendNotice('n' + i);
} else if (trick === 'timers') {
  for (let i = 0; i < 1000; i++) $callback.create('t' + i, 60, true);
}
