// A tip goal in the classic v1 style: settings form, subject, panel, notices to groups, a repeating advert.
cb.settings_choices = [
  { name: 'goal', type: 'int', minValue: 1, maxValue: 100000, defaultValue: 200, label: 'Tokens to reach' },
  { name: 'goal_description', type: 'str', minLength: 1, maxLength: 200, defaultValue: 'the goal', label: 'Goal' },
  { name: 'advert_minutes', type: 'int', minValue: 1, maxValue: 60, defaultValue: 5, label: 'Advert every (minutes)' },
  { name: 'show_panel', type: 'choice', choice1: 'yes', choice2: 'no', defaultValue: 'yes', label: 'Show the panel' },
  { name: 'thanks', type: 'str', required: false, label: 'Thank-you text' }
];

var total = 0;
var lastTipper = '--';

function subject() {
  return cb.settings.goal_description + ' [' + Math.max(0, cb.settings.goal - total) + ' tokens left]';
}

cb.onTip(function (tip) {
  total += parseInt(tip.amount, 10);
  lastTipper = tip.from_user;
  var thanks = cb.settings.thanks || 'Thank you';
  cb.sendNotice(thanks + ', ' + tip.from_user + '!', tip.from_user, '#FFFFCC', '#000000', 'bold');
  if (total >= cb.settings.goal) {
    cb.sendNotice('Goal reached!', '', '', '#CC0000', 'bolder');
    cb.sendNotice('mods: the goal is reached', '', '', '', '', 'red');
  }
  cb.changeRoomSubject(subject());
  cb.drawPanel();
});

cb.onDrawPanel(function (user) {
  return {
    template: '3_rows_of_labels',
    row1_label: 'Received / Goal:', row1_value: total + ' / ' + cb.settings.goal,
    row2_label: 'Last tip:', row2_value: lastTipper,
    row3_label: 'Viewer:', row3_value: user.user
  };
});

cb.onEnter(function (user) {
  cb.sendNotice('Welcome ' + user.user + '! Tip to help reach ' + cb.settings.goal_description + '.', user.user);
});

function advert() {
  cb.sendNotice('Tip goal: ' + subject(), '', '#EEEEFF');
  cb.setTimeout(advert, cb.settings.advert_minutes * 60 * 1000);
}
cb.setTimeout(advert, cb.settings.advert_minutes * 60 * 1000);

cb.changeRoomSubject(subject());
cb.sendNotice('Tip goal app started by ' + cb.room_slug);
