// Shared helpers of the members app: a notice of several parts.
function say() {
  $room.sendNotice(Array.prototype.slice.call(arguments).join(' | '));
}

function attempt(fn) {
  try {
    return String(fn());
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
