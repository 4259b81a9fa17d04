// raffle: a banter/1 app with a timer. When it starts, the raffle opens and a draw is scheduled; every tip buys
// floor(amount / ticketPrice) tickets; at the draw one ticket is picked at random, so more tickets mean better
// odds. Entries live in kv and the draw is a banter.timer handler, so a restart keeps both (a draw that became
// due while the host was down runs late, once).
/** @typedef {Record<string, number>} Entries */

banter.on('extension.start', (e, ctx) => {
  if (e.extensionId !== 'raffle' || ctx.kv.has('open') || ctx.kv.has('winner')) return;
  ctx.kv.set('open', true);
  ctx.kv.set('entries', {});
  ctx.timers.after('draw', ctx.settings.minutes * 60_000);
  ctx.room.notice('Raffle for ' + ctx.settings.prize + ' is open: ' + ctx.settings.ticketPrice
    + ' tokens per ticket, draw in ' + ctx.settings.minutes + ' minutes.');
});

banter.on('tip', (tip, ctx) => {
  if (!ctx.kv.get('open')) return;
  const price = ctx.settings.ticketPrice;
  const tickets = Math.floor(tip.amount / price);
  const name = tip.user.name;
  if (tickets === 0) {
    ctx.room.notice('A ticket costs ' + price + ' tokens.', { to: name });
    return;
  }
  /** @type {Entries} */
  const entries = ctx.kv.get('entries') || {};
  entries[name] = (entries[name] || 0) + tickets;
  ctx.kv.set('entries', entries);
  ctx.room.notice('You have ' + entries[name] + (entries[name] === 1 ? ' ticket.' : ' tickets.'), { to: name });
});

/** One name, with odds by tickets. @param {Entries} entries */
function pick(entries) {
  const names = Object.keys(entries).sort();
  const total = names.reduce((sum, n) => sum + entries[n], 0);
  let ticket = Math.floor(Math.random() * total);
  for (const n of names) {
    ticket -= entries[n];
    if (ticket < 0) return n;
  }
  return names[names.length - 1];
}

banter.timer('draw', (t, ctx) => {
  /** @type {Entries} */
  const entries = ctx.kv.get('entries') || {};
  ctx.kv.delete('open');
  ctx.kv.delete('entries');
  if (Object.keys(entries).length === 0) {
    ctx.kv.set('winner', null);
    ctx.room.notice('The raffle is over: nobody entered, so nobody wins.');
    return;
  }
  const winner = pick(entries);
  ctx.kv.set('winner', winner);
  ctx.room.notice('The raffle is over! ' + winner + ' wins ' + ctx.settings.prize + ' with '
    + entries[winner] + (entries[winner] === 1 ? ' ticket' : ' tickets') + '!', { weight: 'bold' });
});
