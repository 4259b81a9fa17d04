// tally: counts every tip and its tokens in the instance's kv. The load generator compares both totals with the
// tips the runtime delivered: a tip lost or seen twice shows as a difference.
banter.on('tip', (tip, ctx) => {
  ctx.kv.incr('tips', 1);
  ctx.kv.incr('tokens', tip.amount);
});
