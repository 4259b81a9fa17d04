// A banter/1 app: counts tips toward a goal in the subject, thanks tippers, and lowers shouted chat.
banter.on('tip', (tip, ctx) => {
  const total = ctx.kv.incr('total', tip.amount);
  ctx.room.notice('Thank you ' + tip.user.name + '!', { to: tip.user.name, color: '#aa0000' });
  ctx.room.setSubject('Goal: ' + total + '/' + ctx.settings.goal);
  if (total >= ctx.settings.goal) ctx.room.notice('Goal reached!', { weight: 'bold' });
});

banter.on('chat.message', (m, ctx) => {
  if (m.body === m.body.toUpperCase() && /[A-Z]{3,}/.test(m.body)) ctx.modify({ body: m.body.toLowerCase() });
});
