// Chat rules in the v1 style: hide spam, restyle fans, rewrite shouting, answer commands, throw on unknown ones.
cb.settings_choices = [
  { name: 'banned_words', type: 'str', minLength: 0, maxLength: 1000, defaultValue: 'scamcoin,spamlink', label: 'Hidden words (comma separated)' },
  { name: 'fan_color', type: 'str', defaultValue: '#009900', label: 'Fan text colour' }
];

var words = cb.settings.banned_words.split(',');

cb.onMessage(function (msg) {
  var text = msg.m;
  for (var i = 0; i < words.length; i++) {
    if (words[i] && text.indexOf(words[i]) >= 0) {
      msg['X-Spam'] = true;
      cb.sendNotice('Your message was hidden.', msg.user, '', '#990000');
      return msg;
    }
  }
  if (msg.in_fanclub) {
    msg.c = cb.settings.fan_color;
    msg.background = '#EEFFEE';
    msg.f = 'Arial';
  }
  if (text.length > 5 && text === text.toUpperCase()) {
    msg.m = text.toLowerCase();
  }
  if (text.charAt(0) === '/') {
    var command = text.substring(1).split(' ')[0];
    if (command === 'rules') {
      cb.sendNotice('Be nice. No spam.', msg.user);
      msg['X-Spam'] = true;
    } else {
      throw new Error('unexpected command ' + command);
    }
  }
  return msg;
});
