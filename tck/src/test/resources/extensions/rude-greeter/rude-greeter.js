// A TCK fixture that is wrong on purpose: its scenario expects a greeting, but "!hello" gets a brush-off.
banter.command('hello', (cmd, ctx) => {
  ctx.room.notice('Go away, ' + cmd.user.name + '.');
});
