$kv.incr('total', $tip.tokens);
$room.sendNotice('Thanks ' + $user.username + '!');
$room.setSubject(line());
