// A cb/1 app, written as for the Chaturbate Apps API v1: greets viewers and counts tips toward a goal.
cb.settings_choices = [
  { name: 'goal', type: 'int', minValue: 1, maxValue: 1000000, defaultValue: 200, label: 'Tip goal (tokens)' }
];

var total = 0;

cb.onEnter(function (user) {
  cb.sendNotice('Welcome ' + user.user + '! Tip toward the goal of ' + cb.settings.goal + '.', user.user);
});

cb.onTip(function (tip) {
  total += parseInt(tip.amount, 10);
  cb.sendNotice('Thanks ' + tip.from_user + ' for ' + tip.amount + ' tokens!');
  cb.changeRoomSubject('Goal: ' + total + '/' + cb.settings.goal);
});
