// A banter/1 app: counts tips toward a goal (kept in kv, so it survives restarts) and shows it in the subject.
banter.on('tip', (tip, ctx) => {
  const total = ctx.kv.incr('total', tip.amount);
  ctx.room.notice('Thank you ' + tip.user.name + '!', { to: tip.user.name });
  ctx.room.setSubject('Goal: ' + Math.min(total, ctx.settings.goal) + '/' + ctx.settings.goal);
  if (total >= ctx.settings.goal && total - tip.amount < ctx.settings.goal) ctx.room.notice('Goal reached!');
});

banter.command('goal', (cmd, ctx) => {
  ctx.room.notice('Goal: ' + (ctx.kv.get('total') || 0) + '/' + ctx.settings.goal, { to: cmd.user.name });
});
