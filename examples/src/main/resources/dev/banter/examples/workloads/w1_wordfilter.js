// banter/1 port of the reference workload w1_wordfilter.js: the same 50 words, tokenization and URL rule.
// The reference's emit('moderation.ban'|'moderation.warn', {user, word, reason}) becomes ctx.moderation.ban/warn
// (user, reason) and its {verdict: 'reject'} becomes ctx.reject. Needs moderation.ban and moderation.warn.
var BANNED = {
  // severity 'ban' (10)
  'scamcoin': 'ban', 'freetokenz': 'ban', 'hackedacct': 'ban', 'doxxing': 'ban', 'phishlink': 'ban',
  'malwarez': 'ban', 'swatting': 'ban', 'cardfraud': 'ban', 'botnetz': 'ban', 'gorevid': 'ban',
  // severity 'warn' (40)
  'idiot': 'warn', 'moron': 'warn', 'loser': 'warn', 'stupid': 'warn', 'dumbass': 'warn',
  'jerk': 'warn', 'clown': 'warn', 'trash': 'warn', 'noob': 'warn', 'cringe': 'warn',
  'shutup': 'warn', 'ugly': 'warn', 'fatso': 'warn', 'creep': 'warn', 'pervert': 'warn',
  'simp': 'warn', 'scrub': 'warn', 'dimwit': 'warn', 'nitwit': 'warn', 'imbecile': 'warn',
  'buffoon': 'warn', 'dork': 'warn', 'lame': 'warn', 'pathetic': 'warn', 'worthless': 'warn',
  'garbage': 'warn', 'sucks': 'warn', 'wtf': 'warn', 'stfu': 'warn', 'gtfo': 'warn',
  'kys': 'warn', 'retard': 'warn', 'spammer': 'warn', 'scammer': 'warn', 'faker': 'warn',
  'catfish': 'warn', 'troll': 'warn', 'hater': 'warn', 'toxic': 'warn', 'boomer': 'warn'
};
var SPLIT_RE = /[^a-z0-9]+/;
var URL_RE = /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ru|xyz|biz|info)\b/;

banter.on('chat.message', function (m, ctx) {
  var lower = m.body.toLowerCase();
  var words = lower.split(SPLIT_RE);
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    if (w.length > 0 && BANNED.hasOwnProperty(w)) {
      if (BANNED[w] === 'ban') {
        ctx.moderation.ban(m.user.name, 'banned word');
      } else {
        ctx.moderation.warn(m.user.name, 'banned word');
      }
      ctx.reject('banned word');
      return;
    }
  }
  if (URL_RE.test(lower)) {
    ctx.moderation.warn(m.user.name, 'link');
    ctx.reject('link');
  }
});
