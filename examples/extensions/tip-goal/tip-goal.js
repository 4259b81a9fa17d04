// tip-goal: a banter/1 app. Tips count towards a goal kept in kv (so it survives restarts and upgrades); the room
// subject shows the progress, each tipper gets a private thank-you, and the room hears once when the goal is
// reached. Anonymous tippers are thanked privately but never named in public.

/** @param {string} title @param {number} total @param {number} goal */
function subject(title, total, goal) {
  return total >= goal ? title + ': goal reached! (' + total + '/' + goal + ')' : title + ': ' + total + '/' + goal;
}

/** @param {string} template @param {Record<string, string | number>} values */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));
}

banter.on('extension.start', (e, ctx) => {
  if (e.extensionId !== 'tip-goal') return;
  ctx.room.setSubject(subject(ctx.settings.title, ctx.kv.get('total') || 0, ctx.settings.goal));
});

banter.on('tip', (tip, ctx) => {
  const { goal, title, thanks } = ctx.settings;
  const before = ctx.kv.get('total') || 0;
  const total = ctx.kv.incr('total', tip.amount);
  ctx.room.notice(fill(thanks, { user: tip.user.name, amount: tip.amount }), { to: tip.user.name });
  ctx.room.setSubject(subject(title, total, goal));
  if (before < goal && total >= goal) {
    const who = tip.anonymous ? 'an anonymous tipper' : tip.user.name;
    ctx.room.notice('Goal reached: ' + title + '! The last ' + tip.amount + ' tokens came from ' + who + '.', { weight: 'bold' });
  }
});
