const total = $kv.incr('total', $tip.tokens);
$room.sendNotice(($tip.isAnon ? 'Someone' : $user.username) + ' tipped ' + $tip.tokens + ($tip.message ? ' (' + $tip.message + ')' : ''));
if (total >= $settings.goal) {
  $room.sendNotice('Goal reached!', { toColorGroup: 'red' });
}
$room.setSubject(goalLine());
$room.reloadPanel();
