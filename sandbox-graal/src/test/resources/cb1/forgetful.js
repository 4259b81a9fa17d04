// An app that forgets to return the message: the message is delivered unchanged.
cb.onMessage(function (msg) {
  msg.m = 'changed but not returned';
});
