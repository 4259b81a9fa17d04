if ($message.body === '!goal') {
  $room.sendNotice(goalLine(), { toUsername: $user.username });
} else if ($message.orig !== $message.body) {
  $room.sendNotice($user.username + ' shouted in ' + $message.color + ' ' + $message.font + ': ' + $message.body);
}
