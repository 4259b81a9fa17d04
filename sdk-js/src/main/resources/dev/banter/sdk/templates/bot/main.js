// A banter/1 bot: mutes viewers who write a banned word (moderators and the owner are exempt) and answers !hello.
banter.on('chat.message', (m, ctx) => {
  if (m.user.owner || m.user.moderator) return;
  const body = m.body.toLowerCase();
  const word = ctx.settings.banned.find((w) => body.includes(w.toLowerCase()));
  if (word !== undefined) {
    ctx.moderation.mute(m.user.name, ctx.settings.muteSeconds, 'banned word: ' + word);
    ctx.reject('banned word');
  }
});

banter.command('hello', (cmd, ctx) => {
  ctx.room.notice('Hello ' + cmd.user.name + '!', { to: cmd.user.name });
});
