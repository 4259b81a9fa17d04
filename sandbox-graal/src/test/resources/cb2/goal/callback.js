if ($callback.label === 'reminder') {
  $room.sendNotice('Reminder: ' + goalLine());
}
