// dice: a banter/1 command bot. "!roll 2d6" rolls dice for everyone to see and keeps each viewer's best roll;
// "!best" tells a viewer their own best. Needs the notice and kv permissions.
const ROLL = /^(\d{1,2})?d(\d{1,3})$/i;

banter.command('roll', (cmd, ctx) => {
  const m = ROLL.exec(cmd.args.length > 0 ? cmd.args[0] : '1d6');
  const n = m && m[1] ? parseInt(m[1], 10) : 1;
  const sides = m ? parseInt(m[2], 10) : 0;
  if (!m || n < 1 || n > 20 || sides < 2) {
    ctx.room.notice('usage: !roll NdM (N 1-20, M 2-999)', { to: cmd.user.name });
    return;
  }
  const rolls = [];
  for (let i = 0; i < n; i++) rolls.push(1 + Math.floor(Math.random() * sides));
  const sum = rolls.reduce((a, b) => a + b, 0);
  const key = 'best:' + cmd.user.name;
  if (sum > (ctx.kv.get(key) || 0)) ctx.kv.set(key, sum);
  ctx.room.notice(cmd.user.name + ' rolled ' + n + 'd' + sides + ': ' + rolls.join(' + ') + ' = ' + sum);
});

banter.command('best', (cmd, ctx) => {
  const best = ctx.kv.get('best:' + cmd.user.name);
  ctx.room.notice(best === undefined ? 'no rolls yet, try !roll 2d6' : 'your best roll: ' + best, { to: cmd.user.name });
});
