// banter/1 port of the reference workload w2_spamrate.js: a per-user sliding window in the instance's kv. More than
// 5 messages in the last 10 s (message time) mutes the user for 60 s and rejects; a muted user is rejected silently
// until the mute expires. Needs moderation.mute and kv.
var WINDOW_MS = 10000;
var MAX_IN_WINDOW = 5;
var MUTE_MS = 60000;

banter.on('chat.message', function (m, ctx) {
  var now = m.ts;
  var user = m.user.name;
  var mutedUntil = ctx.kv.get('mute:' + user);
  if (mutedUntil != null && now < mutedUntil) {
    ctx.reject('muted');
    return;
  }
  var key = 'rate:' + user;
  var hist = ctx.kv.get(key);
  var kept = [];
  if (hist != null) {
    var cutoff = now - WINDOW_MS;
    for (var i = 0; i < hist.length; i++) {
      if (hist[i] > cutoff) kept.push(hist[i]);
    }
  }
  kept.push(now);
  ctx.kv.set(key, kept);
  if (kept.length > MAX_IN_WINDOW) {
    ctx.kv.set('mute:' + user, now + MUTE_MS);
    ctx.moderation.mute(user, MUTE_MS / 1000, kept.length + ' messages in ' + WINDOW_MS / 1000 + ' s');
    ctx.reject('rate');
  }
});
