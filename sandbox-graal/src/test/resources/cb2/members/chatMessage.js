// One command per member group; each answers with a notice of what it saw.
const body = $message.body;
if (body === '!kv') {
  $kv.clear();
  $kv.set('a', 1);
  $kv.set('obj', { n: [1, 2] });
  $kv.set('short', 'soon gone', 30);
  say('get', $kv.get('a'), JSON.stringify($kv.get('obj')), $kv.get('short'), $kv.get('missing', 'fallback'),
    attempt(() => $kv.get('missing')));
  say('incr', $kv.incr('c'), $kv.incr('c', 5), $kv.decr('c'), $kv.decr('c', 2), attempt(() => $kv.incr('obj')));
  const seen = [];
  for (const entry of $kv.iter()) seen.push(entry.key + '=' + JSON.stringify(entry.value));
  say('iter', seen.sort().join(','));
  say('remove', $kv.remove('a'), $kv.remove('a'), attempt(() => $kv.get('a')));
} else if (body === '!kv-later') {
  say('later', $kv.get('short', 'expired'), $kv.get('c'));
} else if (body === '!kv-prefix') {
  $kv.set('p:1', 'x');
  $kv.set('p:2', 'y');
  const keys = [];
  const it = $kv.iter('p:');
  for (let step = it.next(); !step.done; step = it.next()) keys.push(step.value.key);
  say('prefix', keys.sort().join(','));
} else if (body === '!kv-clear') {
  $kv.clear();
  say('cleared', attempt(() => $kv.get('c')), $kv.get('p:1', 'none'));
} else if (body === '!cam') {
  $limitcam.start('Private show', ['bob']);
  const bob = $limitcam.hasAccess('bob');
  $limitcam.add(['carol', 'dave']);
  $limitcam.remove(['bob']);
  say('cam', $limitcam.isRunning, bob, $limitcam.hasAccess('bob'), $limitcam.users.join(','));
  $limitcam.removeAll();
  $limitcam.stop();
  say('cam after', $limitcam.isRunning, $limitcam.users.length);
} else if (body === '!app') {
  say('app', $app.id, $app.version, $app.dialect, $app.permissions.join(','), $app.hasPermission('kv'),
    $app.hasPermission('moderation.ban'), $room.owner);
} else if (body === '!user') {
  say('user', $user.username, $user.isOwner, $user.isMod, $user.inFanclub, $user.hasTokens, $user.recentTips,
    $user.gender, $user.colorGroup);
} else if (body === '!message') {
  $message.setBody('changed');
  say('message', $message.body, $message.orig, $message.isSpam, $message.color, $message.bgColor, $message.font);
} else if (body === '!timers') {
  $callback.create('once', 5, false);
  $callback.create('twice', 10, true);
  say('timers set');
} else if (body === '!notice') {
  $room.sendNotice('to bob', { toUsername: 'bob', bgColor: '#000000', color: '#ffffff', fontWeight: 'bolder' });
  $room.sendNotice('to fans', { toColorGroup: 'green' });
  say('bad group', attempt(() => $room.sendNotice('x', { toColorGroup: 'nope' })));
  say('bad options', attempt(() => $room.sendNotice('x', 42)));
} else if (body === '!subject') {
  $room.setSubject('s'.repeat(250));
  say('subject', $room.subject.length);
} else if (body === '!tips') {
  say('bad tips', attempt(() => $room.setTipOptions(null)));
  $room.setTipOptions({ label: 'Menu', options: ['one', { label: 'two' }] });
} else if (body === '!throw') {
  throw new Error('unexpected command');
}
