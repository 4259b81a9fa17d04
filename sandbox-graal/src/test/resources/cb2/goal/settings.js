$room.sendNotice('Settings changed: ' + goalLine());
