say('status', $room.status);
