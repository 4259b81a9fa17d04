say('broadcast stop');
