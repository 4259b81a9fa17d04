$kv.set('total', $kv.get('total', 0));
$room.setSubject(goalLine());
$room.setTipOptions({ label: 'Ask for', options: [{ label: 'A dance' }, { label: 'A song' }] });
$callback.create('reminder', 60, true);
$room.sendNotice('Goal app ' + $app.version + ' started', { color: '#ff0000', fontWeight: 'bold' });
