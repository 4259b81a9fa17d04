// A banter/1 command bot: "!roll 2d6" rolls dice for the room and counts every roll in kv.
const DICE = /^(\d{1,2})?d(\d{1,3})$/i;

banter.command('roll', (cmd, ctx) => {
  const m = DICE.exec(cmd.args[0] || '1d6');
  const n = m && m[1] ? parseInt(m[1], 10) : 1;
  const sides = m ? parseInt(m[2], 10) : 0;
  if (!m || n > 20 || sides < 2) {
    ctx.room.notice('usage: !roll NdM', { to: cmd.user.name });
    return;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += 1 + Math.floor(Math.random() * sides);
  ctx.kv.incr('rolls');
  ctx.room.notice(cmd.user.name + ' rolled ' + n + 'd' + sides + ': ' + sum);
});
