say('follow', $user.username);
