$room.setSubject(line());
