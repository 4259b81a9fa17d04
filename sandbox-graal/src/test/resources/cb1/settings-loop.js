// Loops on a setting until a condition holds that never does: the load limits stop it.
cb.settings_choices = [{ name: 'step', type: 'int', minValue: 0, maxValue: 10, defaultValue: 0, label: 'Step' }];
var reached = 0;
while (reached < 10) {
  reached += cb.settings.step;
}
