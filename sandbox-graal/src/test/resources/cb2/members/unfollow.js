say('unfollow', $user.username);
