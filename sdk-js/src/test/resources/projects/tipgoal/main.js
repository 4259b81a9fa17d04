// tipgoal: counts tips toward a goal in the subject, thanks each tipper and reminds the room every 5 minutes.
banter.on('tip', (tip, ctx) => {
  const total = ctx.kv.incr('total', tip.amount);
  ctx.room.notice(ctx.settings.thanks.replace('{user}', tip.user.name), { to: tip.user.name });
  ctx.room.setSubject('Goal: ' + total + '/' + ctx.settings.goal);
  if (total >= ctx.settings.goal) ctx.room.notice('Goal reached!');
});

banter.on('chat.message', (m, ctx) => {
  if (m.body.includes('scamcoin')) {
    ctx.moderation.ban(m.user.name, 'scam');
    ctx.reject('scam');
  } else if (m.body === m.body.toUpperCase() && /[A-Z]{3,}/.test(m.body)) {
    ctx.modify({ body: m.body.toLowerCase() });
  }
});

banter.command('goal', (cmd, ctx) => {
  ctx.room.notice('Goal: ' + (ctx.kv.get('total') || 0) + '/' + ctx.settings.goal, { to: cmd.user.name });
});

banter.on('extension.start', (e, ctx) => ctx.timers.every('remind', 5 * 60 * 1000));
banter.timer('remind', (t, ctx) => ctx.room.notice('Help us reach ' + ctx.settings.goal + '!'));
