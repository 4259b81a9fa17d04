// tries: break JSON and the kv with nesting, cycles and hostile toJSON/getters.
// expect: contained TypeError/RangeError for cycles, deep nesting and throwing getters; a deadline for looping ones;
// nothing is stored.
banter.on('chat.message', (m, ctx) => {
  const b = m.body;
  if (b === 'deep-parse') JSON.parse('['.repeat(1e6) + ']'.repeat(1e6));
  else if (b === 'deep-kv') { let a = []; for (let i = 0; i < 1e5; i++) a = [a]; ctx.kv.set('deep', a); }
  else if (b === 'cyclic') { const a = { n: 1 }; a.self = a; ctx.kv.set('cyclic', a); }
  else if (b === 'tojson-throws') ctx.kv.set('t', { toJSON() { throw new Error('toJSON says no'); } });
  else if (b === 'tojson-loops') ctx.kv.set('t', { toJSON() { for (;;) {} } });
  else if (b === 'getter-throws') ctx.kv.set('t', { get x() { throw new Error('getter says no'); } });
  else if (b === 'bigint') ctx.kv.set('t', { n: 1n });
});
