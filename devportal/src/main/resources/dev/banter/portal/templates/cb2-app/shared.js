// Shared code: runs first, at global scope, so every handler sees it.
function line() {
  return 'Tipped so far: ' + $kv.get('total', 0);
}
