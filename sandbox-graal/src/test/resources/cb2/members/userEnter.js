say('enter', JSON.stringify($user));
