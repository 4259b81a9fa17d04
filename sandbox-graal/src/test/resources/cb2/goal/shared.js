// Shared code: runs first, at global scope, so every handler sees these functions.
function progress() {
  return $kv.get('total', 0);
}

function goalLine() {
  return $settings.title + ': ' + progress() + '/' + $settings.goal;
}
