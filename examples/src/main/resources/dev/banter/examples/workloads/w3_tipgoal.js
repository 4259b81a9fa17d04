// banter/1 port of the reference workload w3_tipgoal.js: room tip total, per-user totals and the top tipper in the
// instance's kv; a notice when a goal (every 5,000 tokens) is crossed and a new subject every 500 tokens. It
// subscribes to tips only, so chat messages never enter this context. Needs notice, subject and kv.
var GOAL = 5000;
var SUBJECT_EVERY = 500;

banter.on('tip', function (t, ctx) {
  var amount = t.amount;
  if (!(amount > 0)) {
    ctx.reject('tip amount must be positive');
    return;
  }
  var prev = ctx.kv.get('tip:total') || 0;
  var total = prev + amount;
  ctx.kv.set('tip:total', total);
  var ukey = 'tip:user:' + t.user.name;
  var utotal = (ctx.kv.get(ukey) || 0) + amount;
  ctx.kv.set(ukey, utotal);
  var top = ctx.kv.get('tip:top');
  if (top == null || utotal > top.amount) {
    top = { user: t.user.name, amount: utotal };
    ctx.kv.set('tip:top', top);
  }
  if (Math.floor(total / GOAL) > Math.floor(prev / GOAL)) {
    ctx.room.notice('Goal #' + Math.floor(total / GOAL) + ' reached! ' + total + ' tokens so far. Top tipper: ' +
        top.user + ' (' + top.amount + ')');
  }
  if (Math.floor(total / SUBJECT_EVERY) > Math.floor(prev / SUBJECT_EVERY)) {
    var inGoal = total % GOAL;
    ctx.room.setSubject('Goal: ' + inGoal + '/' + GOAL + ' (' + Math.floor(inGoal * 100 / GOAL) + '%) | top tipper: ' +
        top.user);
  }
});
