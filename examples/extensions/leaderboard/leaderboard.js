// leaderboard: a banter/1 app with kv. Every tip adds to its tipper's total (key 'tips:<name>'); anonymous tips
// count towards 'anonymous' instead, so nobody is named against their will. '!top' shows the biggest tippers to
// the room, '!me' tells a user their own total. The order is by total, then by name, so it is stable.
const PREFIX = 'tips:';

banter.on('tip', (tip, ctx) => {
  if (tip.anonymous) ctx.kv.incr('anonymous', tip.amount);
  else ctx.kv.incr(PREFIX + tip.user.name, tip.amount);
});

/** @param {Banter.Kv} kv @returns {{ name: string, total: number }[]} */
function ranking(kv) {
  return kv.keys()
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => ({ name: k.slice(PREFIX.length), total: /** @type {number} */ (kv.get(k)) }))
    .sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1));
}

banter.command('top', (cmd, ctx) => {
  const top = ranking(ctx.kv).slice(0, ctx.settings.size);
  if (top.length === 0) {
    ctx.room.notice('No tips yet: be the first!');
    return;
  }
  ctx.room.notice('Top tippers: ' + top.map((e, i) => (i + 1) + '. ' + e.name + ' ' + e.total).join(', '));
});

banter.command('me', (cmd, ctx) => {
  const total = ctx.kv.get(PREFIX + cmd.user.name) || 0;
  ctx.room.notice('You tipped ' + total + ' tokens so far.', { to: cmd.user.name });
});
