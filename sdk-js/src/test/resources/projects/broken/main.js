banter.on('chat.message', (m, ctx) => {
  ctx.room.notice('hi ' + m.user.name;
});
