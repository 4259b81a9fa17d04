say('callback', $callback.label, $kv.incr('fired:' + $callback.label));
if ($callback.label === 'twice' && $kv.get('fired:twice') >= 2) {
  $callback.cancel('twice');
}
