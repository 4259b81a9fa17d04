say('leave', $user.username);
