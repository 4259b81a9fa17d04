if ($message.body.indexOf('badword') >= 0) {
  $message.setSpam(true);
  return;
}
if ($message.body.startsWith('/shout ')) {
  $message.setBody($message.body.slice(7).toUpperCase());
  $message.setColor('#00aa00');
  $message.setFont('Arial');
}
