// welcome: a banter/1 bot that greets users privately the first time they enter. Who was greeted is kept in kv
// (one key per user, with the time), so a user is greeted once per room, even across restarts. The room owner
// and the host's own events are not greeted.
banter.on('user.enter', (e, ctx) => {
  const name = e.user.name;
  if (e.user.owner || name === '_system') return;
  const key = 'greeted:' + name;
  if (ctx.kv.has(key)) return;
  ctx.room.notice(ctx.settings.message.split('{user}').join(name), { to: name });
  ctx.kv.set(key, ctx.now());
});
