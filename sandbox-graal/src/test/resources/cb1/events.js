// Every v1 event hook, each answering with a notice that shows the fields it received.
function flags(u) {
  return [u.in_fanclub, u.has_tokens, u.is_mod, u.tipped_recently, u.tipped_alot_recently, u.tipped_tons_recently, u.gender].join(',');
}
cb.onStart(function (owner) { cb.sendNotice('start ' + owner.user); });
cb.onEnter(function (u) { cb.sendNotice('enter ' + u.user + ' ' + flags(u)); });
cb.onLeave(function (u) { cb.sendNotice('leave ' + u.user); });
cb.onFollow(function (u) { cb.sendNotice('follow ' + u.user); });
cb.onUnFollow(function (u) { cb.sendNotice('unfollow ' + u.user); });
cb.onFanclubJoin(function (u) { cb.sendNotice('fanclub ' + u.user + ' ' + u.in_fanclub); });
cb.onMediaPurchase(function (p) { cb.sendNotice('media ' + p.user + ' ' + p.media_type + ' ' + p.media_name + ' ' + p.price); });
cb.onBroadcastStart(function (u) { cb.sendNotice('broadcast start ' + u.user); });
cb.onBroadcastStop(function (u) { cb.sendNotice('broadcast stop ' + u.user); });
cb.onTip(function (t) {
  cb.sendNotice(['tip', t.amount, t.message, t.to_user, t.from_user, t.from_user_in_fanclub, t.from_user_has_tokens,
    t.from_user_is_mod, t.from_user_tipped_recently, t.from_user_tipped_alot_recently, t.from_user_tipped_tons_recently,
    t.from_user_gender, t.is_anon_tip].join(' '));
});
cb.onMessage(function (m) {
  cb.chatNotice('chat ' + m.user + ' ' + m.m + ' ' + m.c + ' ' + m.f + ' ' + flags(m));
  return m;
});
