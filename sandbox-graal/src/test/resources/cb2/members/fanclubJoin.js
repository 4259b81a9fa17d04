say('fanclub', $fanclub.user.username, $fanclub.months, $user.inFanclub);
