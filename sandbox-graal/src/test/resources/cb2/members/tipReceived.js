say('tip', $tip.tokens, $tip.message, $tip.isAnon, $user.username);
