// A TCK fixture that does what its scenario says: "!hello" greets the user for everyone to see.
banter.command('hello', (cmd, ctx) => {
  ctx.room.notice('Hello, ' + cmd.user.name + '!');
});
