say('broadcast start', $room.owner);
