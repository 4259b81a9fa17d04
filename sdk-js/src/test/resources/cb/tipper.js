cb.settings_choices = [
  { name: 'goal', type: 'int', minValue: 1, maxValue: 5000, defaultValue: 300, label: 'Goal' },
  { name: 'thanks', type: 'str', minLength: 1, maxLength: 100, defaultValue: 'thanks', label: 'Thanks' }
];
var total = 0;
cb.onTip(function (tip) {
  total += parseInt(tip.amount, 10);
  cb.sendNotice(cb.settings.thanks + ' ' + tip.from_user, tip.from_user);
  cb.changeRoomSubject('Goal ' + total + '/' + cb.settings.goal);
});
