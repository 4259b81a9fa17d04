banter.on('tip', (t, ctx) => {
  ctx.room.notice('thanks');
});
banter.on('chat.message', (m, ctx) => {
  if (m.body === 'x' {
    ctx.reject('x');
  }
});
