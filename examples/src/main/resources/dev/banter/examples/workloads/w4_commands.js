// banter/1 port of the reference workload w4_commands.js: !help, !menu, !roll NdM and !top, answered with notices.
// Each is a banter.command, so the router hands this context only those commands; every other message (about 95%)
// never enters it. Dice use the same seeded Park-Miller generator, kept in the instance's kv. Needs notice and kv.
//
// The router lower-cases the command name and splits the arguments on white space, as the reference does, so
// "!Roll 2D6" rolls 2d6 (ROLL_RE ignores case) and "!help me" answers help, both as in the reference. It also takes
// "/" as a prefix and skips leading white space, where the reference wants '!' as the first character: the check
// on c.body keeps the reference's behaviour. One difference remains: the reference trims after the '!', so it
// answers "! help"; the router needs the name right after the prefix, so the port never sees it.
var HELP_TEXT = 'Commands: !help, !menu, !roll NdM (e.g. !roll 2d6), !top';
var MENU = [
  { name: 'Wave', price: 5 }, { name: 'Song request', price: 50 }, { name: 'Shout-out', price: 25 },
  { name: 'Dance', price: 100 }, { name: 'Spin the wheel', price: 75 }, { name: 'Pick next game', price: 200 }
];
var ROLL_RE = /^(\d{1,2})?d(\d{1,3})$/i;

function menuText() {
  var s = 'Menu:';
  for (var i = 0; i < MENU.length; i++) {
    s += (i === 0 ? ' ' : ' | ') + MENU[i].name + ' ' + MENU[i].price + 'tk';
  }
  return s;
}

function isBang(c) {
  return c.body.charAt(0) === '!';
}

banter.command('help', function (c, ctx) {
  if (isBang(c)) ctx.room.notice(HELP_TEXT, { to: c.user.name });
});

banter.command('menu', function (c, ctx) {
  if (isBang(c)) ctx.room.notice(menuText(), { to: c.user.name });
});

banter.command('roll', function (c, ctx) {
  if (!isBang(c)) return;
  var user = c.user.name;
  var m = ROLL_RE.exec(c.args.length > 0 ? c.args[0] : '1d6');
  var n = m ? (m[1] ? parseInt(m[1], 10) : 1) : 0;
  var sides = m ? parseInt(m[2], 10) : 0;
  if (!m || n < 1 || n > 20 || sides < 2) {
    ctx.room.notice('Usage: !roll NdM, N 1-20, M 2-999', { to: user });
    return;
  }
  var seed = ctx.kv.get('roll:seed');
  if (seed == null) seed = 20240601;
  var rolls = [];
  var sum = 0;
  for (var i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    var r = 1 + (seed % sides);
    rolls.push(r);
    sum += r;
  }
  ctx.kv.set('roll:seed', seed);
  var best = ctx.kv.get('roll:best') || [];
  var next = [];
  var placed = false;
  for (var j = 0; j < best.length && next.length < 5; j++) {
    if (!placed && sum > best[j].sum) { next.push({ user: user, sum: sum }); placed = true; }
    if (next.length < 5) next.push(best[j]);
  }
  if (!placed && next.length < 5) next.push({ user: user, sum: sum });
  ctx.kv.set('roll:best', next);
  ctx.room.notice(user + ' rolled ' + n + 'd' + sides + ': ' + rolls.join(', ') + ' = ' + sum);
});

banter.command('top', function (c, ctx) {
  if (!isBang(c)) return;
  var top = ctx.kv.get('roll:best') || [];
  var lines = [];
  for (var k = 0; k < top.length; k++) lines.push((k + 1) + '. ' + top[k].user + ' ' + top[k].sum);
  ctx.room.notice(lines.length ? 'Top rolls: ' + lines.join(' ') : 'No rolls yet');
});
